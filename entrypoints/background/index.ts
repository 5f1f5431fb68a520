import { defineBackground } from 'wxt/utils/define-background';
import { setupBackground } from './setup';

export default defineBackground(() => {
  setupBackground();
});
