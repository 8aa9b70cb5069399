//! No-key mode: local checks the user runs on their own machine instead of pasting a key here.
//!
//! Given only the environment variable their program reads (default `ANTHROPIC_API_KEY`) and,
//! optionally, the hint Console shows for the key, [`one_liners`] writes a bash/curl, a
//! PowerShell, a Python (standard library) and a Node (built-in fetch, Node ≥ 18) check. Each
//! reads the key from that variable (never from the command line, never echoed), calls `GET
//! /v1/models?limit=1` at `ANTHROPIC_BASE_URL` (default `https://api.anthropic.com`, as the SDKs
//! do) once per [`AuthStyle`], and prints only the lines the [format] module
//! documents: status, error type, `error_code` and message, request id, the key's Console-style
//! hint and length, and whether the hint matches. [`parse_output`] reads them back from a paste.
//!
//! The POSIX forms run from a quoted here-document in bash (the pasting shell expands nothing),
//! and see only *exported* variables, exactly like the user's own program.

mod bash;
pub mod format;
mod node;
mod powershell;
mod python;
mod spec;
mod style;
mod verdict;

pub use format::{CheckLine, PREFIX, parse_output};
pub use spec::{CheckSpec, DEFAULT_VARIABLE, SpecError};
pub use style::AuthStyle;
pub use verdict::{KeyIssue, LineVerdict, read_output};

/// Where a check runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shell {
    /// bash or zsh, with curl.
    Bash,
    /// Windows PowerShell 5.1 or PowerShell 7.
    PowerShell,
    /// Python 3, standard library only.
    Python,
    /// Node.js 18 or later.
    Node,
}

impl Shell {
    /// Every shell, in the order the page shows them.
    pub const ALL: [Shell; 4] = [Shell::Bash, Shell::PowerShell, Shell::Python, Shell::Node];

    /// A stable slug, for tabs and tests.
    pub fn slug(self) -> &'static str {
        match self {
            Shell::Bash => "bash",
            Shell::PowerShell => "powershell",
            Shell::Python => "python",
            Shell::Node => "node",
        }
    }

    /// The tab's label.
    pub fn label(self) -> &'static str {
        match self {
            Shell::Bash => "bash / zsh (curl)",
            Shell::PowerShell => "PowerShell",
            Shell::Python => "Python 3 (no SDK)",
            Shell::Node => "Node.js 18+",
        }
    }
}

/// One local check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OneLiner {
    /// Where it runs.
    pub shell: Shell,
    /// What to paste into a terminal.
    pub command: String,
    /// The program alone, to save as a file where a here-document is not available.
    pub script: String,
    /// How to run it, in one sentence.
    pub how: &'static str,
}

/// What every check does and prints, in one sentence, for the page beside each check.
pub fn what_it_prints(spec: &CheckSpec) -> String {
    format!(
        "It reads the key from {} in the environment (never typed on the command line), calls GET /v1/models \
         once per header style, and prints only the status, error type, error_code, message and request id of \
         each answer, and the key's hint and length: never the key.",
        spec.variable()
    )
}

/// The four local checks for `spec`.
pub fn one_liners(spec: &CheckSpec) -> Vec<OneLiner> {
    let bash = bash::script(spec);
    let python = python::script(spec);
    let node = node::script(spec);
    let powershell = powershell::script(spec);
    vec![
        OneLiner {
            shell: Shell::Bash,
            command: bash::command(&bash),
            script: bash,
            how: "Paste it into a terminal (bash or zsh) where your program's key is exported.",
        },
        OneLiner {
            shell: Shell::PowerShell,
            command: powershell.clone(),
            script: powershell,
            how: "Paste it into PowerShell (Windows PowerShell 5.1 or PowerShell 7).",
        },
        OneLiner {
            shell: Shell::Python,
            command: python::command(&python),
            script: python,
            how: "Paste it into bash or zsh; elsewhere save the script as check.py and run python check.py.",
        },
        OneLiner {
            shell: Shell::Node,
            command: node::command(&node),
            script: node,
            how: "Paste it into bash or zsh; elsewhere save the script as check.js and run node check.js.",
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(shell: Shell, spec: &CheckSpec) -> OneLiner {
        one_liners(spec).into_iter().find(|o| o.shell == shell).expect("every shell")
    }

    #[test]
    fn each_check_reads_the_named_variable_and_compares_the_hint() {
        let spec = CheckSpec::new(Some("MY_KEY"), Some("sk-ant-api03-R2D…igAA")).unwrap();
        for check in one_liners(&spec) {
            assert!(check.script.contains("MY_KEY"), "{:?}", check.shell);
            assert!(!check.script.contains("ANTHROPIC_API_KEY"), "{:?} reads only the named variable", check.shell);
            assert!(check.script.contains("sk-ant-api03-R2D...igAA"), "{:?}", check.shell);
            assert!(!check.script.contains("__VAR__") && !check.script.contains("__WANT__"), "{:?}", check.shell);
            assert!(check.command.contains(&check.script));
            for needed in ["ANTHROPIC_BASE_URL", "https://api.anthropic.com", "/v1/models?limit=1", PREFIX] {
                assert!(check.script.contains(needed), "{:?} lacks {needed}", check.shell);
            }
            for style in AuthStyle::ALL {
                assert!(check.script.contains(style.version()) && check.script.contains(style.slug()));
            }
        }
    }

    #[test]
    fn powershell_reads_the_environment_and_never_prints_the_key() {
        let check = of(Shell::PowerShell, &CheckSpec::new(None, None).unwrap());
        let s = &check.script;
        assert!(s.starts_with("& {") && s.ends_with('}'), "a script block, so its variables stay local");
        assert!(s.contains("$V = 'ANTHROPIC_API_KEY'; $Want = $null;"));
        assert!(s.contains("[Environment]::GetEnvironmentVariable($V)"));
        assert!(s.contains("@{ $c[1] = $c[2]; 'anthropic-version' = $c[3] }"), "the key goes only into headers");
        assert!(s.contains("\"Bearer $k\""));
        assert!(s.contains(".Replace($k, '[key]')"), "an echoed key is masked");
        // Every printed string is one of the documented lines: the key itself ($k, $raw) is
        // never interpolated into output.
        let printed: Vec<&str> = s.match_indices("\"$P ").map(|(at, _)| s[at..].lines().next().unwrap_or("")).collect();
        assert_eq!(printed.len(), 3, "{printed:#?}");
        assert!(printed.iter().all(|l| !l.contains("$k") && !l.contains("$raw")));
        let open = s.matches(['{', '(', '[']).count();
        let close = s.matches(['}', ')', ']']).count();
        assert_eq!(open, close, "brackets balance");
    }

    #[test]
    fn the_posix_forms_are_quoted_here_documents() {
        let spec = CheckSpec::default();
        for shell in [Shell::Bash, Shell::Python, Shell::Node] {
            let check = of(shell, &spec);
            assert!(check.command.contains("<<'KEYDOCTOR'\n") && check.command.ends_with("\nKEYDOCTOR"));
            assert_eq!(check.script.matches("KEYDOCTOR").count(), 0);
        }
        assert!(of(Shell::Python, &spec).script.contains("V, WANT, P = \"ANTHROPIC_API_KEY\", None,"));
        assert!(of(Shell::Node, &spec).script.contains("WANT = null,"));
        assert!(of(Shell::Bash, &spec).script.starts_with("P=key-doctor-check: want=''\n"));
    }
}
