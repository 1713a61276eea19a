// The Dzongkha words of the main chrome: the tabs, the menus, the header's buttons, status and rating names, and the
// buttons every dialog has. A key left out shows in English (catalogue.ts): a word nobody here could vouch for stays
// English rather than a guess a Dzongkha reader would stumble on. Its first readers should confirm these with the
// Dzongkha Development Commission's glossary; each line says the English it stands for.
import type { Catalogue } from './english';

export const DZONGKHA: Partial<Catalogue> = {
  'view.overview': 'སྤྱི་མཐོང', // Overview
  'view.actions': 'ལས་དོན', // Actions
  'view.indicators': 'མཚོན་རྟགས', // Indicators
  'view.timeline': 'དུས་རིམ', // Timeline
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
  'menu.paste': 'སྦྱར', // Paste
  'menu.view': 'མཐོང་སྣང', // View
  'menu.language': 'སྐད་ཡིག', // Language
  'menu.help': 'གྲོགས་རམ', // Help
  'menu.about': 'PlanDesk གི་སྐོར་ལས', // About PlanDesk

  'header.plan': 'འཆར་གཞི', // Plan
  'header.import': 'ནང་འདྲེན…', // Import…

  'status.not_started': 'འགོ་མ་བཙུགས', // Not started
  'status.ongoing': 'ལག་ལེན་འཐབ་དོ', // Ongoing (being carried out)
  'status.completed': 'མཇུག་བསྡུ་ཡོདཔ', // Completed
  'status.on_hold': 'འཕྲོ་བཞག', // On hold (left pending)
  'status.dropped': 'ཆ་མེད', // Dropped (cancelled)
  'status.overdue': 'དུས་ཡོལ', // Overdue
  'rating.red': 'དམརཔོ', // Red
  'rating.amber': 'སེརཔོ', // Amber (yellow)
  'rating.green': 'ལྗང་ཁུ', // Green
  'rating.completed': 'མཇུག་བསྡུ་ཡོདཔ', // Completed

  'filter.chapter': 'ལེའུ', // Chapter
  'filter.lead': 'འགོ་འདྲེན', // Lead
  'filter.status': 'གནས་སྟངས', // Status
  'filter.fund': 'མ་དངུལ', // Fund
  'filter.all': 'ཆ་མཉམ', // All

  'common.cancel': 'ཆ་མེད', // Cancel
  'common.close': 'ཁ་བསྡམས', // Close
  'common.reason': 'རྒྱུ་མཚན', // Reason
  'common.continue': 'འཕྲོ་མཐུད', // Continue

  'import.title': 'འཆར་གཞི་ནང་འདྲེན', // Import plan (the dialog's title, as File > Import Plan… says it)
  'import.import': 'ནང་འདྲེན', // Import (the dialog's main button before a file is read)
  'workspace.newPlan': 'འཆར་གཞི་གསརཔ', // New plan (the dialog's title, as File > New Plan… says it)

  'overview.planOverview': 'འཆར་གཞིའི་སྤྱི་མཐོང', // Plan overview (the plan's summary heading: the plan's "Overview", as the tab says it)
  'overview.chapter': 'ལེའུ', // Chapter (the chapters table's first column, as the Chapter filter says it)
  'overview.measure.status': 'གནས་སྟངས', // Status (the charts' switch, as the Status filter says it)
  'overview.status': 'གནས་སྟངས', // Status (the actions table's column)

  // The agency registry's first columns, and the field a change names most, in the words the chrome uses above.
  'agencies.column.status': 'གནས་སྟངས', // Status
  'agencies.column.name': 'མིང', // Name
  'history.field.status': 'གནས་སྟངས', // Status

  'actions.column.title': 'ལས་དོན', // Action (the actions grid's column, as the Actions tab says it)
  'actions.column.status': 'གནས་སྟངས', // Status (the actions grid's column and the detail panel's field, as the Status filter says it)
  'actions.column.fund': 'མ་དངུལ', // Fund (the actions grid's column and the detail panel's field, as the Fund filter says it)
  'indicators.heading': 'མཚོན་རྟགས', // Indicators (the view's heading, as its tab says it)
  'indicators.column.action': 'ལས་དོན', // Action (the indicators grid's column, as the Actions tab says it)
  'indicators.column.name': 'མཚོན་རྟགས', // Indicator (the indicators grid's column, as the Indicators tab says it)

  'reports.chapters': 'ལེའུ་ཚུ', // Chapters (the Reports view's scope)
  'reports.print': 'དཔར་བསྐྲུན…', // Print… (as the menu's)

  // The Exchange view (its heading is view.exchange): the tables' first column, the word the Agencies tab uses.
  'exchange.column.agency': 'ལས་སྡེ', // Agency

  'timeline.today': 'དེ་རིང', // Today (the Timeline's toolbar button and today line)
  'timeline.print.submit': 'དཔར་བསྐྲུན…', // Print… (as the menu's)
};
