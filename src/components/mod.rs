//! The thin Leptos shell: one component per file, named after what it shows. Components render
//! what the core returns; no rule, pattern or status table lives here.

pub mod all_causes;
pub mod answer_trail;
pub mod bearer_test;
pub mod billing_check;
pub mod call_outcome;
pub mod call_progress;
pub mod comparison_view;
pub mod copy_button;
pub mod credential_reasoner;
pub mod done_page;
pub mod error_paste;
pub mod finding_list;
pub mod fix_card;
pub mod key_check;
pub mod key_field;
pub mod key_verdict;
pub mod live_test;
pub mod no_key_checks;
pub mod no_key_page;
pub mod page;
pub mod page_not_found;
pub mod privacy_page;
pub mod probe_button;
pub mod prose;
pub mod question_view;
pub mod recognition_panel;
pub mod report_panel;
pub mod snippet_tabs;
pub mod start_page;
pub mod step_heading;
pub mod step_not_found;
pub mod step_view;
pub mod tool_page_view;
pub mod verdict_view;
pub mod which_credential_page;
