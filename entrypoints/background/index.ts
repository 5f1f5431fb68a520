import { defineBackground } from 'wxt/utils/define-background';
import { setupBackground } from '../../utils/background-setup';

// Not persistent (an event page on Firefox, a service worker on Chrome): it wakes for a menu
// click, a command or the omnibox, and holds nothing that must outlive that.
export default defineBackground({
  persistent: false,
  main() {
    setupBackground();
  },
});
