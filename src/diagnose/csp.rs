//! The page's Content-Security-Policy, directive by directive, with what each one means: the
//! privacy page states it from here, and a test checks that it is exactly the policy
//! `index.html` carries, so the page can never describe a policy the browser does not enforce.
//! At build time `tools/csp_hash.py` replaces [`SCRIPT_HASHES`] with the hashes of the page's
//! inline scripts, wherever it appears: in the policy, and in the privacy page's quote of it.

/// The placeholder for the hashes of the page's inline scripts, filled in at build time.
pub const SCRIPT_HASHES: &str = "'sha256-LOADER-HASH'";

/// One directive of the policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Directive {
    /// Its name, e.g. `connect-src`.
    pub name: &'static str,
    /// Its sources, as written in the policy.
    pub value: &'static str,
    /// What it makes the browser do, in a sentence.
    pub means: &'static str,
}

/// The policy, in the order `index.html` writes it.
pub const DIRECTIVES: [Directive; 10] = [
    Directive {
        name: "default-src",
        value: "'self'",
        means: "Anything not named below may come only from the site that serves the page.",
    },
    Directive {
        name: "script-src",
        value: "'self' 'wasm-unsafe-eval' 'sha256-LOADER-HASH'",
        means: "Code runs only from the site itself: the app's JavaScript and WebAssembly files, and the two small inline scripts whose SHA-256 hashes are listed (the loader, and the redirect for old links). 'wasm-unsafe-eval' lets the browser compile the WebAssembly; it allows no JavaScript eval.",
    },
    Directive { name: "style-src", value: "'self'", means: "Stylesheets only from the site itself; no inline styles." },
    Directive { name: "img-src", value: "'self'", means: "Images only from the site itself (the icon)." },
    Directive {
        name: "font-src",
        value: "'self'",
        means: "No web fonts from anywhere else: the page uses your system's fonts.",
    },
    Directive {
        name: "connect-src",
        value: "'self' https://api.anthropic.com",
        means: "The page may fetch only its own files and the Anthropic API. The browser refuses any other destination, whatever the code asks for.",
    },
    Directive {
        name: "worker-src",
        value: "blob:",
        means: "A background thread (the error reader's) may start only from code the page itself hands it, and then lives under this same policy: the same sites to fetch from, the same code rules. No worker from a file or from anywhere else.",
    },
    Directive { name: "object-src", value: "'none'", means: "No plugins or embedded objects." },
    Directive { name: "base-uri", value: "'none'", means: "No <base> element can redirect the page's links." },
    Directive { name: "form-action", value: "'none'", means: "No form can submit anything anywhere." },
];

/// The whole policy, as the `Content-Security-Policy` meta element of every page writes it.
pub fn policy() -> String {
    let parts: Vec<String> = DIRECTIVES.iter().map(|d| format!("{} {}", d.name, d.value)).collect();
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_hashes_are_filled_into_script_src_only() {
        let holders: Vec<&str> =
            DIRECTIVES.iter().filter(|d| d.value.contains(SCRIPT_HASHES)).map(|d| d.name).collect();
        assert_eq!(holders, ["script-src"]);
        assert_eq!(policy().matches(SCRIPT_HASHES).count(), 1);
    }
}
