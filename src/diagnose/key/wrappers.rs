//! The text people paste around a key: `Bearer `, header names, variable assignments
//! (`export`, `set`, `setx`, `$env:`, `.env`, JSON, YAML), quotes, trailing punctuation.

use super::chars::{Ch, is_blank, is_quote, is_space};

/// A variable assignment before the key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Assignment {
    /// Position of its first character.
    pub pos: usize,
    /// The variable's name as written (at most 40 characters).
    pub name: String,
    /// `export`, `set`, `setx` or `$env:`, when one came first.
    pub shell: Option<&'static str>,
    /// What joins name and value: `=`, `:`, ` =`, `:=`, `=>`, or nothing (`setx NAME value`).
    pub sep: &'static str,
}

/// What stood before the value.
#[derive(Clone, Debug, Default)]
pub(super) struct Lead {
    /// Position of `Bearer`.
    pub bearer: Option<usize>,
    /// Position and name of a header (`x-api-key`, `Authorization`, curl's `-H`).
    pub header: Option<(usize, &'static str)>,
    pub assignment: Option<Assignment>,
    /// Indexes (into the visible characters) of quote marks.
    pub quotes: Vec<usize>,
    /// Index where the recognised wrappers end.
    pub end: usize,
}

/// What came after the key.
#[derive(Clone, Debug, Default)]
pub(super) struct Tail {
    pub quotes: Vec<usize>,
    pub punctuation: Vec<usize>,
    pub spaces: Vec<usize>,
    /// Index of the first character of other text, if any.
    pub other: Option<usize>,
}

const HEADERS: [(&str, &str); 4] = [
    ("x-api-key", "x-api-key"),
    ("authorization", "Authorization"),
    ("anthropic-api-key", "anthropic-api-key"),
    ("api-key", "api-key"),
];
const SHELL_WORDS: [&str; 4] = ["export", "declare -x", "setx", "set"];

/// Reads recognised wrappers from `w[from..to]`, left to right, and stops at the first thing
/// that is not one.
pub(super) fn lead(w: &[Ch], from: usize, to: usize) -> Lead {
    let mut lead = Lead::default();
    let mut shell: Option<&'static str> = None;
    let mut i = from;
    loop {
        while i < to && is_blank(w[i].c) {
            i += 1;
        }
        if i >= to {
            break;
        }
        let bearer = word(w, i, to, "bearer").filter(|j| *j < to && is_blank(w[*j].c));
        let shell_word = SHELL_WORDS
            .iter()
            .find_map(|s| word(w, i, to, s).filter(|j| *j < to && is_space(w[*j].c)).map(|j| (j, *s)))
            .or_else(|| word(w, i, to, "$env:").map(|j| (j, "$env:")));
        let next = if let Some((j, name)) = header(w, i, to) {
            lead.header.get_or_insert((w[i].pos, name));
            j
        } else if let Some(j) = bearer {
            lead.bearer.get_or_insert(w[i].pos);
            j
        } else if let Some((j, found)) = shell_word {
            shell = Some(found);
            lead.assignment.get_or_insert(Assignment { pos: w[i].pos, name: String::new(), shell, sep: "" });
            j
        } else if let Some((j, name, sep)) = assignment(w, i, to, shell == Some("setx")) {
            let slot = lead.assignment.get_or_insert(Assignment { pos: w[i].pos, name: String::new(), shell, sep });
            if slot.name.is_empty() {
                slot.name = name;
                slot.sep = sep;
            }
            j
        } else if is_quote(w[i].c) {
            lead.quotes.push(i);
            i + 1
        } else {
            break;
        };
        i = next;
    }
    lead.end = i.min(to);
    lead
}

/// Reads what follows a key in `w[from..to]`: spaces, quotes, `,` and `;`, then other text.
pub(super) fn tail(w: &[Ch], from: usize, to: usize) -> Tail {
    let mut tail = Tail::default();
    for (i, ch) in w.iter().enumerate().take(to).skip(from) {
        match ch.c {
            c if is_space(c) => tail.spaces.push(i),
            c if is_blank(c) => {}
            c if is_quote(c) => tail.quotes.push(i),
            ',' | ';' => tail.punctuation.push(i),
            _ => {
                tail.other = Some(i);
                break;
            }
        }
    }
    tail
}

/// Where the value ends when it is followed only by spaces, quotes, `,` and `;`: the index
/// after its last character, scanning back from `to` but not before `from`.
pub(super) fn value_end(w: &[Ch], from: usize, to: usize) -> usize {
    let mut end = to;
    while end > from && matches!(w[end - 1].c, c if is_blank(c) || is_quote(c) || c == ',' || c == ';') {
        end -= 1;
    }
    end
}

/// `word` (ASCII, any case) at `i`; the index after it.
fn word(w: &[Ch], i: usize, to: usize, word: &str) -> Option<usize> {
    let end = i + word.len();
    let same = end <= to && w[i..end].iter().zip(word.chars()).all(|(ch, c)| ch.f.eq_ignore_ascii_case(&c));
    same.then_some(end)
}

/// A header name and its colon (`x-api-key:`), or curl's `-H`/`--header` and a space.
fn header(w: &[Ch], i: usize, to: usize) -> Option<(usize, &'static str)> {
    for flag in ["-h", "--header"] {
        if let Some(j) = word(w, i, to, flag).filter(|j| *j < to && is_space(w[*j].c)) {
            return Some((j, "-H"));
        }
    }
    HEADERS.iter().find_map(|(written, name)| {
        let mut j = word(w, i, to, written)?;
        while j < to && is_space(w[j].c) {
            j += 1;
        }
        (j < to && w[j].f == ':').then_some((j + 1, *name))
    })
}

/// `NAME=`, `NAME =`, `NAME:`, `"NAME":`, `NAME :=`, `NAME =>`, or (after `setx`) `NAME ` alone.
fn assignment(w: &[Ch], i: usize, to: usize, setx: bool) -> Option<(usize, String, &'static str)> {
    let mut j = i;
    let quoted = j < to && is_quote(w[j].c);
    if quoted {
        j += 1;
    }
    let start = j;
    if j >= to || !(w[j].f.is_ascii_alphabetic() || w[j].f == '_') {
        return None;
    }
    while j < to && (w[j].f.is_ascii_alphanumeric() || matches!(w[j].f, '_' | '.' | '-')) {
        j += 1;
    }
    let name: String = w[start..j].iter().take(40).map(|ch| ch.f).collect();
    if quoted {
        if j < to && is_quote(w[j].c) {
            j += 1;
        } else {
            return None;
        }
    }
    let before_spaces = j;
    while j < to && is_space(w[j].c) {
        j += 1;
    }
    let at = |k: usize, c: char| k < to && w[k].f == c;
    let spaced = j > before_spaces;
    let sep = if at(j, ':') && at(j + 1, '=') {
        ":="
    } else if at(j, '=') && at(j + 1, '>') {
        "=>"
    } else if at(j, ':') && !at(j + 1, ':') {
        ":"
    } else if at(j, '=') {
        if spaced { " =" } else { "=" }
    } else if setx && spaced && j < to {
        ""
    } else {
        return None;
    };
    let width = sep.trim_start().len();
    Some((j + width, name, sep))
}

#[cfg(test)]
mod tests {

    use super::super::chars::plain_chars as chs;

    #[test]
    fn reads_shell_and_json_assignments() {
        let w = chs("export ANTHROPIC_API_KEY=\"x");
        let lead = super::lead(&w, 0, w.len() - 1);
        let a = lead.assignment.unwrap();
        assert_eq!((a.name.as_str(), a.shell, a.pos), ("ANTHROPIC_API_KEY", Some("export"), 1));
        assert_eq!(lead.end, w.len() - 1);

        let w = chs("  \"ANTHROPIC_API_KEY\": \"x");
        let lead = super::lead(&w, 0, w.len() - 1);
        assert_eq!(lead.assignment.unwrap().name, "ANTHROPIC_API_KEY");
        assert_eq!(lead.quotes, vec![w.len() - 2]);
    }

    #[test]
    fn reads_headers_and_bearer() {
        let w = chs("Authorization: Bearer x");
        let lead = super::lead(&w, 0, w.len() - 1);
        assert_eq!(lead.header, Some((1, "Authorization")));
        assert_eq!(lead.bearer, Some(16));
        assert_eq!(lead.end, w.len() - 1);
    }

    #[test]
    fn stops_at_unknown_text() {
        let w = chs("client = Anthropic(api_key=\"x");
        let lead = super::lead(&w, 0, w.len() - 1);
        assert_eq!(lead.end, 9);
    }
}
