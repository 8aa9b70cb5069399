//! Heuristics that catch a fix-card snippet printing the secret or hard-coding a key.
//! They look for the obvious patterns only; a snippet can still leak in ways they miss.

/// Environment variables that hold a secret.
const SECRET_VARS: [&str; 3] = ["ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "CLAUDE_CODE_OAUTH_TOKEN"];
/// Local names snippets commonly give the key.
const SECRET_NAMES: [&str; 6] = ["key", "api_key", "apiKey", "anthropic_api_key", "token", "auth_token"];

/// How code reads an environment variable: the text before and after its name.
const ENV_READS: &[(&str, &str)] = &[
    ("$", ""),
    ("${", "}"),
    ("$env:", ""),
    ("%", "%"),
    ("os.environ[\"", "\"]"),
    ("os.environ['", "']"),
    ("os.environ.get(\"", "\")"),
    ("os.environ.get('", "')"),
    ("os.getenv(\"", "\")"),
    ("os.getenv('", "')"),
    ("process.env.", ""),
    ("process.env[\"", "\"]"),
    ("os.Getenv(\"", "\")"),
    ("System.getenv(\"", "\")"),
    ("ENV[\"", "\"]"),
    ("ENV.fetch(\"", "\")"),
    ("Environment.GetEnvironmentVariable(\"", "\")"),
    ("secrets.", ""),
    ("env.", ""),
];
/// How code puts a local variable into printed text.
const NAME_READS: &[(&str, &str)] = &[
    ("{", "}"),
    ("{", "!r}"),
    ("{", "=}"),
    ("${", "}"),
    ("#{", "}"),
    ("(", ")"),
    ("(", ","),
    (", ", ")"),
    ("+ ", ""),
    ("repr(", ")"),
    (".", ")"),
];
/// Calls and commands that print the rest of their statement.
const OUTPUTS: &[&str] = &[
    "echo ",
    "printf ",
    "print(",
    "pprint(",
    "puts ",
    "console.log(",
    "console.error(",
    "console.info(",
    "console.warn(",
    "Write-Host ",
    "Write-Output ",
    "fmt.Print",
    "fmt.Fprint",
    "log.Print",
    "System.out.print",
    "System.err.print",
    "Console.WriteLine(",
    "Console.Write(",
    "logging.",
    "logger.",
    "println!(",
];
/// Text just before a read that turns it into something harmless (a length, a test).
const MASK_BEFORE: &[&str] = &["len", "len(", "bool", "bool(", "Boolean(", "!!", "if ", "not ", "and ", "or "];
/// Commands that, earlier in the same statement, turn a read into a length or a part (fish).
const MASK_COMMANDS: &[&str] = &["string length", "string sub"];
/// Methods whose result does not reveal the key.
const MASK_METHODS: &[&str] = &[
    "length",
    "Length",
    "Substring",
    "substring",
    "substr",
    "slice",
    "startswith",
    "startsWith",
    "StartsWith",
    "endswith",
    "endsWith",
    "EndsWith",
    "isEmpty",
    "IsEmpty",
    "isBlank",
    "size",
    "count",
    "Count",
    "len",
];
/// Text just after a read that makes it a condition, not an output.
const MASK_AFTER: &[&str] = &[" if", " else", " is ", " ==", " !=", " ?", "?", " &&", " and ", " or ", " -eq", " -ne"];
/// Pipe targets that reduce the output to a length, a prefix, a hash or a yes/no.
const MASK_PIPES: &[&str] = &[
    "wc",
    "head -c",
    "tail -c",
    "cut -c",
    "cut -d",
    "sha256sum",
    "shasum",
    "md5sum",
    "grep -c",
    "grep -q",
    "sed",
    "awk",
    "Measure-Object",
    "Select-Object Name",
    "Select-Object -ExpandProperty Name",
    "% Name",
    "ForEach-Object Name",
];
/// Commands that print environment variables with their values.
const DUMPS: &[&str] = &[
    "printenv ANTHROPIC",
    "printenv CLAUDE",
    "Get-ChildItem Env:",
    "Get-ChildItem env:",
    "gci env:",
    "gci Env:",
    "dir env:",
    "dir Env:",
    "ls env:",
    "Get-Item Env:",
    "Get-Item env:",
    "print(os.environ)",
    "print(dict(os.environ))",
    "pprint(dict(os.environ))",
    "console.log(process.env)",
];
/// grep options that print no matching line (names, counts, the match alone, or nothing).
const QUIET_GREP: &[&str] =
    &["--files-with-matches", "--files-without-match", "--count", "--quiet", "--silent", "--only-matching"];

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn is_comment(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with('#') || t.starts_with("//") || t.starts_with("REM ") || t.starts_with("rem ") || t.starts_with("::")
}

/// True when a pipe tail reduces what it receives to something harmless.
fn masked_by_pipe(tail: &str) -> bool {
    tail.split('|').skip(1).any(|cmd| MASK_PIPES.iter().any(|m| cmd.trim_start().starts_with(m)))
}

/// Byte offsets where `before name after` starts in `text`, with word boundaries where
/// `before` or `after` is empty; returns (start, end) of each match.
fn reads_in(text: &str, before: &str, name: &str, after: &str) -> Vec<(usize, usize)> {
    let needle = format!("{before}{name}{after}");
    text.match_indices(&needle)
        .filter(|(i, _)| {
            let end = i + needle.len();
            let ok_after = !after.is_empty() || !text[end..].starts_with(is_ident);
            let ok_before = !before.is_empty() || !text[..*i].ends_with(|c: char| is_ident(c) || c == '.' || c == '$');
            ok_after && ok_before
        })
        .map(|(i, _)| (i, i + needle.len()))
        .collect()
}

/// True when the read at `start..end` of `text` is turned into a length, a slice or a test.
fn masked(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    let after = &text[end..];
    if MASK_BEFORE.iter().any(|m| before.ends_with(m))
        || MASK_COMMANDS.iter().any(|m| before.contains(m))
        || MASK_AFTER.iter().any(|m| after.starts_with(m))
    {
        return true;
    }
    if after.starts_with('[') || after.starts_with("?.") {
        return true;
    }
    if let Some(method) = after.strip_prefix('.') {
        return MASK_METHODS.iter().any(|m| method.starts_with(m));
    }
    false
}

/// True when `printed` contains an unmasked read of a secret variable or a key-holding name.
fn has_secret_read(printed: &str) -> bool {
    let env = SECRET_VARS.iter().flat_map(|var| ENV_READS.iter().flat_map(move |(b, a)| reads_in(printed, b, var, a)));
    let names =
        SECRET_NAMES.iter().flat_map(|name| NAME_READS.iter().flat_map(move |(b, a)| reads_in(printed, b, name, a)));
    env.chain(names).any(|(s, e)| !masked(printed, s, e))
}

/// Where each output statement in `line` starts.
fn output_starts(line: &str) -> Vec<usize> {
    OUTPUTS
        .iter()
        .flat_map(|verb| line.match_indices(verb).map(|(i, _)| i))
        .filter(|&i| !line[..i].ends_with(|c: char| is_ident(c) || c == '.'))
        .collect()
}

/// The statement that starts at `from`: up to `;`, `&&` or `||`.
fn statement(line: &str, from: usize) -> &str {
    let rest = &line[from..];
    let end = [";", "&&", "||"].iter().filter_map(|sep| rest.find(sep)).min().unwrap_or(rest.len());
    &rest[..end]
}

/// True when a `grep` in `line` prints whole lines that match a secret variable's name
/// (`env | grep ANTHROPIC`, `grep -n ANTHROPIC_API_KEY ~/.zshrc`): those lines hold the value.
fn leaky_grep(line: &str) -> bool {
    let starts = line.match_indices("grep ").map(|(i, _)| i);
    starts.filter(|&i| !line[..i].ends_with(is_ident)).any(|i| {
        let stmt = statement(line, i);
        let own = stmt.split('|').next().unwrap_or(stmt);
        let args: Vec<&str> = own.split_whitespace().skip(1).collect();
        let (flags, rest) = args.split_at(args.iter().take_while(|w| w.starts_with('-')).count());
        let Some(pattern) = rest.first() else {
            return false;
        };
        let quiet = flags
            .iter()
            .any(|f| QUIET_GREP.contains(f) || (!f.starts_with("--") && f[1..].chars().any(|c| "lLcqo".contains(c))));
        let p = pattern.trim_matches(|c| c == '\'' || c == '"').trim_start_matches('^').to_ascii_uppercase();
        let secret = SECRET_VARS.iter().any(|v| (p.len() >= 6 && v.starts_with(p.as_str())) || p.contains(v));
        secret && !quiet && !masked_by_pipe(stmt)
    })
}

/// Heuristic: does this snippet print a secret in full? Looks at output statements
/// (`echo`, `print(`, `console.log(`, `Write-Host`, …) that contain an unmasked read of
/// `ANTHROPIC_API_KEY`-like variables or a variable named `key`/`api_key`/…, at lines
/// that are only such a read (PowerShell and notebooks print them), and at commands that
/// dump variables with their values (`env | grep ANTHROPIC`, `Get-ChildItem Env:`, …).
pub fn prints_secret(code: &str) -> bool {
    // A command continued with `\` is one statement: its pipe may be on the next line.
    let joined = code.replace("\\\n", " ");
    joined.lines().filter(|l| !is_comment(l)).any(|line| {
        let bare = line.trim();
        let bare_read = SECRET_VARS
            .iter()
            .any(|var| ENV_READS.iter().any(|(b, a)| bare == format!("{b}{var}{a}") && !b.starts_with('%')));
        let cmd_set = bare.to_ascii_lowercase().starts_with("set anthropic") && !bare.contains('=');
        let dump = DUMPS.iter().filter_map(|d| line.find(d)).any(|i| !masked_by_pipe(&line[i..]));
        let output = output_starts(line).into_iter().any(|i| {
            let stmt = statement(line, i);
            let printed = stmt.split('|').next().unwrap_or(stmt);
            has_secret_read(printed) && !masked_by_pipe(stmt)
        });
        bare_read || cmd_set || dump || output || leaky_grep(line)
    })
}

/// Does this code contain something shaped like a real key: `sk-ant-<kind>-` followed by
/// 20 or more key characters?
pub fn hard_codes_key(code: &str) -> bool {
    code.match_indices("sk-ant-").any(|(i, _)| {
        let rest = &code[i + "sk-ant-".len()..];
        let kind = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
        if kind == 0 || rest.as_bytes().get(kind) != Some(&b'-') {
            return false;
        }
        let body = &rest[kind + 1..];
        body.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-').count() >= 20
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printing_the_key_is_caught() {
        for code in [
            "echo $ANTHROPIC_API_KEY",
            "echo \"key: ${ANTHROPIC_API_KEY}\"",
            "echo %ANTHROPIC_API_KEY%",
            "Write-Host $env:ANTHROPIC_API_KEY",
            "$env:ANTHROPIC_API_KEY",
            "print(os.environ[\"ANTHROPIC_API_KEY\"])",
            "print(f\"key={os.getenv('ANTHROPIC_API_KEY')}\")",
            "console.log(process.env.ANTHROPIC_API_KEY)",
            "console.log(process.env.ANTHROPIC_API_KEY || 'missing')",
            "key = os.environ['ANTHROPIC_API_KEY']\nprint(f\"using {key}\")",
            "print(repr(key))",
            "print(\"key:\", client.api_key)",
            "echo -n $ANTHROPIC_API_KEY",
            "printf '%s' \"$ANTHROPIC_API_KEY\" | od -c",
            "env | grep ANTHROPIC",
            "env | grep -i anthropic",
            "grep -n ANTHROPIC_API_KEY ~/.zshrc ~/.bashrc",
            "grep -rn 'ANTHROPIC_AUTH_TOKEN' .",
            "printenv ANTHROPIC_API_KEY",
            "Get-ChildItem Env:ANTHROPIC*",
            "set ANTHROPIC",
            "echo ${{ secrets.ANTHROPIC_API_KEY }}",
            "fmt.Println(os.Getenv(\"ANTHROPIC_API_KEY\"))",
            "echo $ANTHROPIC_AUTH_TOKEN",
        ] {
            assert!(prints_secret(code), "should be caught: {code}");
        }
    }

    #[test]
    fn masked_output_passes() {
        for code in [
            "echo \"length: ${#ANTHROPIC_API_KEY}\"",
            "echo \"${ANTHROPIC_API_KEY:0:7}…${ANTHROPIC_API_KEY: -4}\"",
            "printf '%s' \"$ANTHROPIC_API_KEY\" | wc -c",
            "[ -n \"$ANTHROPIC_API_KEY\" ] && echo set || echo missing",
            "Write-Host $env:ANTHROPIC_API_KEY.Length",
            "echo %ANTHROPIC_API_KEY:~0,7%",
            "print(len(os.environ[\"ANTHROPIC_API_KEY\"]))",
            "print(os.environ[\"ANTHROPIC_API_KEY\"][:7])",
            "print(\"set\" if os.getenv(\"ANTHROPIC_API_KEY\") else \"missing\")",
            "print(f\"{key[:7]}…{key[-4:]} ({len(key)} chars)\")",
            "console.log(process.env.ANTHROPIC_API_KEY?.length)",
            "env | grep ANTHROPIC | cut -d= -f1",
            "grep -n ANTHROPIC_API_KEY ~/.zshrc \\\n  ~/.profile | cut -d= -f1",
            "grep -l ANTHROPIC_API_KEY ~/.zshrc ~/.bashrc",
            "grep -n -o 'ANTHROPIC_API_KEY' ~/.bashrc",
            "grep -rn ANTHROPIC_BASE_URL .",
            "# never: echo $ANTHROPIC_API_KEY",
            "curl https://api.anthropic.com/v1/models -H \"x-api-key: $ANTHROPIC_API_KEY\"",
            "echo $ANTHROPIC_API_KEY_FILE",
            "set ANTHROPIC_API_KEY=%NEW%",
            "echo (string length -- $ANTHROPIC_API_KEY)",
            "print(\"loaded:\", bool(key))",
        ] {
            assert!(!prints_secret(code), "should pass: {code}");
        }
    }

    #[test]
    fn key_shapes_are_caught() {
        assert!(hard_codes_key("client = Anthropic(api_key=\"sk-ant-api03-AbCdEfGhIjKlMnOpQrStUv\")"));
        assert!(hard_codes_key("sk-ant-oat01-abcdefghij_klmnopqrst-uv"));
        assert!(!hard_codes_key("export ANTHROPIC_API_KEY=\"sk-ant-api03-...\""));
        assert!(!hard_codes_key("if key.startswith(\"sk-ant-api03-\"):"));
        assert!(!hard_codes_key("sk-ant-api03-AbCdEfGhIj"));
    }
}
