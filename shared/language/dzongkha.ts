// The Dzongkha words of the main chrome: the tabs, the menus, the header's buttons, status and rating names, and the
// buttons every dialog has. A key left out shows in English (catalogue.ts): a word nobody here could vouch for stays
// English rather than a guess a Dzongkha reader would stumble on. Its first readers should confirm these with the
// Dzongkha Development Commission's glossary; each line says the English it stands for.
import type { Catalogue } from './english';

export const DZONGKHA: Partial<Catalogue> = {
  'view.agencies': 'ལས་སྡེ', // Agencies
  'view.history': 'ལོ་རྒྱུས', // History
  'view.reports': 'སྙན་ཞུ', // Reports
  'view.exchange': 'བརྗེ་སོར', // Exchange

  'menu.file': 'ཡིག་སྣོད', // File
  'menu.newPlan': 'འཆར་གཞི་གསརཔ…', // New Plan…
  'menu.importPlan': 'འཆར་གཞི་ནང་འདྲེན…', // Import Plan…
  'menu.exportPlan': 'འཆར་གཞི་ཕྱིར་འདྲེན…', // Export Plan…
  'menu.print': 'དཔར་བསྐྲུན…', // Print…
  'menu.edit': 'ཞུན་དག', // Edit
  'menu.copy': 'འདྲ་བཤུས', // Copy
  'menu.view': 'མཐོང་སྣང', // View
  'menu.language': 'སྐད་ཡིག', // Language
  'menu.help': 'གྲོགས་རམ', // Help
  'menu.about': 'PlanDesk གི་སྐོར་ལས', // About PlanDesk

  'header.plan': 'འཆར་གཞི', // Plan
  'header.import': 'ནང་འདྲེན…', // Import…

  'status.not_started': 'འགོ་མ་བཙུགས', // Not started
  'status.completed': 'མཇུག་བསྡུ་ཡོདཔ', // Completed
  'rating.red': 'དམརཔོ', // Red
  'rating.green': 'ལྗང་ཁུ', // Green
  'rating.completed': 'མཇུག་བསྡུ་ཡོདཔ', // Completed

  'filter.chapter': 'ལེའུ', // Chapter
  'filter.status': 'གནས་སྟངས', // Status

  'common.close': 'ཁ་བསྡམས', // Close

  'import.title': 'འཆར་གཞི་ནང་འདྲེན', // Import plan (the dialog's title, as File > Import Plan… says it)
  'import.import': 'ནང་འདྲེན', // Import (the dialog's main button before a file is read)
  'workspace.newPlan': 'འཆར་གཞི་གསརཔ', // New plan (the dialog's title, as File > New Plan… says it)
};
