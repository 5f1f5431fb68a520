// What a host mounts. Each host wraps these in <Shell port language>.
export { Shell, useUi } from './shell';
export { AssistantApp } from './AssistantApp';
export { SettingsForm } from './SettingsForm';
export { SuggestionView } from './SuggestionView';
export { SuggestionCard } from './SuggestionCard';
export { RecipientList } from './RecipientList';
export { ExcerptList } from './ExcerptList';
export { DraftPreview } from './DraftPreview';
export { UrgentBanner } from './UrgentBanner';
export { SearchResults } from './SearchResults';
export { CopyButton } from './CopyButton';
export { UI_STRINGS, stringsFor, uiLanguage, type UiStrings } from './i18n';
export type { HostPort, MailContext, DraftToOpen, SettingsState } from './port';
