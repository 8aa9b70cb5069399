//! The check itself: read the paste, peel off what surrounds the key, classify what is left,
//! and collect the findings.

use super::chars::{Ch, ascii_twin, is_blank, is_invisible, is_line_break, is_quote, is_space};
use super::extract::{self, Found};
use super::family;
use super::findings::Marks;
use super::placeholder::{self, Stand};
use super::wrappers::{self, Lead, Tail};
use super::{Family, Finding, KeyReport, anatomy, artefacts, hint, identity, large, verdict};

/// Pastes longer than this (in characters) get the short check of [`large`].
pub(super) const LIMIT: usize = 10_000;

/// Checks pasted text.
pub(super) fn check(text: &str) -> KeyReport {
    if text.is_empty() {
        return empty(0);
    }
    // Four bytes at most per character: a paste this many bytes long is over the limit.
    if text.len() > 4 * LIMIT {
        return large::check(text, text.chars().count());
    }
    let chars = text.chars().count();
    if chars > LIMIT {
        return large::check(text, chars);
    }
    Paste::read(text).report()
}

fn empty(chars: usize) -> KeyReport {
    KeyReport {
        family: Family::Empty,
        headline: verdict::headline(Family::Empty, &[], false),
        findings: Vec::new(),
        cleaned: None,
        hint: None,
        chars,
    }
}

/// The paste being checked.
struct Paste<'a> {
    text: &'a str,
    /// Every character, for excerpts.
    all: Vec<char>,
    /// The visible characters (invisible ones dropped), with positions and ASCII twins.
    w: Vec<Ch>,
    findings: Vec<Finding>,
    /// Set when the damage is not mechanical, so no cleaned key may be offered.
    veto: bool,
}

impl<'a> Paste<'a> {
    fn read(text: &'a str) -> Self {
        let mut all = Vec::with_capacity(text.len());
        let mut w = Vec::with_capacity(text.len());
        let (mut invisible, mut breaks) = (Marks::default(), Marks::default());
        for (i, c) in text.chars().enumerate() {
            let pos = i + 1;
            all.push(c);
            if is_invisible(c) {
                invisible.add(pos, c);
                continue;
            }
            if is_line_break(c) {
                breaks.add(pos, c);
            }
            let f = if c.is_ascii() || is_quote(c) { c } else { ascii_twin(c).unwrap_or(c) };
            w.push(Ch { pos, c, f });
        }
        let mut findings = Vec::new();
        if !invisible.is_empty() {
            findings.push(artefacts::invisible(&invisible, &all));
        }
        if !breaks.is_empty() {
            findings.push(artefacts::line_breaks(&breaks, &all));
        }
        Paste { text, all, w, findings, veto: false }
    }

    fn report(mut self) -> KeyReport {
        let Some(first) = self.w.iter().position(|ch| !is_blank(ch.c)) else {
            return empty(self.all.len());
        };
        let last = self.w.iter().rposition(|ch| !is_blank(ch.c)).unwrap_or(first);
        let leading = self.marks((0..first).filter(|&i| is_space(self.w[i].c)));
        if !leading.is_empty() {
            self.findings.push(artefacts::leading(&leading, &self.all));
        }
        let starts = extract::starts(&self.w, first, last + 1);
        if starts.is_empty() { self.without_key(first, last) } else { self.with_keys(first, last, &starts) }
    }

    fn marks(&self, indexes: impl Iterator<Item = usize>) -> Marks {
        let mut marks = Marks::default();
        for i in indexes {
            marks.add(self.w[i].pos, self.w[i].c);
        }
        marks
    }

    fn folded(&self, found: &Found) -> String {
        found.pieces.iter().flat_map(|&(a, b)| self.w[a..b].iter().map(|ch| ch.f)).collect()
    }

    /// No key prefix anywhere: a placeholder, a hint, or something unknown.
    fn without_key(mut self, first: usize, last: usize) -> KeyReport {
        let lead = wrappers::lead(&self.w, first, last + 1);
        let end = wrappers::value_end(&self.w, lead.end, last + 1).max(lead.end);
        let value: String = self.w[lead.end..end].iter().map(|ch| ch.f).collect();
        if let Some(stand) = placeholder::recognise(&value, 0) {
            return self.stand_in(&stand, &value, 0);
        }
        let tail = wrappers::tail(&self.w, end, self.w.len());
        self.surroundings(Some(&lead), None, &[], &tail, Marks::default(), Family::Unrecognized);
        self.findings.extend(identity::of_family(Family::Unrecognized, "", &value));
        self.finish(Family::Unrecognized, None, None)
    }

    /// One or more key prefixes: split into keys, then check the one key.
    fn with_keys(mut self, first: usize, last: usize, starts: &[usize]) -> KeyReport {
        let (lead, before) = self.lead(first, starts[0]);
        let regions: Vec<Found> = starts
            .iter()
            .enumerate()
            .map(|(k, &start)| extract::take(&self.w, start, starts.get(k + 1).copied().unwrap_or(last + 1)))
            .collect();
        if regions.len() > 1 {
            let keys: Vec<String> = regions.iter().map(|found| self.folded(found)).collect();
            let mut sorted: Vec<&str> = keys.iter().map(String::as_str).collect();
            sorted.sort_unstable();
            sorted.dedup();
            let distinct = sorted.len();
            if distinct > 1 {
                return self.several(&regions, &keys, distinct);
            }
            self.findings.push(artefacts::doubled(regions.len(), self.w[starts[1]].pos));
        }
        let tail = wrappers::tail(&self.w, regions[regions.len() - 1].end, self.w.len());
        self.analyse(&regions[0], lead.as_ref(), before, &tail)
    }

    /// The wrappers before the key at `start`, and the stretch of other text before them, if
    /// any: when the text before the key is not all wrappers, the key's own line may still
    /// start with one (a `.env` or JSON file pasted whole).
    fn lead(&self, first: usize, start: usize) -> (Option<Lead>, Option<(usize, usize)>) {
        let lead = wrappers::lead(&self.w, first, start);
        if lead.end >= start {
            return (Some(lead), None);
        }
        let line = (first..start).rev().find(|&i| is_line_break(self.w[i].c)).map_or(first, |i| i + 1);
        let own = wrappers::lead(&self.w, line, start);
        if line > first && own.end >= start { (Some(own), Some((first, line))) } else { (None, Some((first, start))) }
    }

    fn analyse(mut self, found: &Found, lead: Option<&Lead>, before: Option<(usize, usize)>, tail: &Tail) -> KeyReport {
        let mut key: Vec<Ch> = found.pieces.iter().flat_map(|&(a, b)| self.w[a..b].iter().copied()).collect();
        // Pasted twice with nothing between and no prefix to mark the second copy.
        let half = key.len() / 2;
        if key.len() >= 16
            && key.len().is_multiple_of(2)
            && key[..half].iter().zip(&key[half..]).all(|(a, b)| a.f == b.f)
        {
            self.findings.push(artefacts::doubled(2, key[half].pos));
            key.truncate(half);
        }
        let mut punctuation = Marks::default();
        if key.len() >= 2 && key[key.len() - 1].f == '.' && key[key.len() - 2].f != '.' {
            let stop = key[key.len() - 1];
            punctuation.add(stop.pos, stop.c);
            key.pop();
        }
        let folded: String = key.iter().map(|ch| ch.f).collect();
        let cls = family::classify(&folded);
        if let Some(stand) = placeholder::recognise(&folded, cls.prefix_len) {
            return self.stand_in(&stand, &folded, cls.prefix_len);
        }
        let family = cls.family;
        self.surroundings(lead, before, &found.seps, tail, punctuation, family);
        let anthropic = family::is_anthropic(family);
        let prefix_len = cls.prefix_len.min(key.len());
        let fixed = match &cls.canonical {
            Some(canonical) => format!("{canonical}{}", &folded[prefix_len..]),
            None => folded.clone(),
        };
        let anatomy = anatomy::examine(&cls, &key, &fixed, &self.all);
        self.veto |= anatomy.veto;
        self.findings.extend(anatomy.findings);
        let prefix = cls.canonical.as_deref().unwrap_or("");
        self.findings.extend(identity::of_family(family, prefix, &folded));
        let cleaned = (anthropic && !self.veto && fixed != self.text).then(|| fixed.clone());
        let hint = if anthropic { hint::of(&fixed, prefix_len) } else { None };
        self.finish(family, cleaned, hint)
    }

    /// Findings about what surrounds the key: wrappers before it, other text before them
    /// (`before`, as an index range), quotes, spaces inside and after, punctuation and other
    /// text after.
    fn surroundings(
        &mut self,
        lead: Option<&Lead>,
        before: Option<(usize, usize)>,
        seps: &[usize],
        tail: &Tail,
        mut punctuation: Marks,
        family: Family,
    ) {
        let mut quotes = Marks::default();
        if let Some((from, to)) = before {
            let from_pos = self.w[from].pos;
            self.findings.push(artefacts::surrounding(from_pos, self.w[to].pos - from_pos, false));
        }
        if let Some(lead) = lead {
            if let Some(assignment) = &lead.assignment {
                self.findings.push(artefacts::assignment(assignment, family));
            }
            if let Some((pos, name)) = lead.header {
                self.findings.push(artefacts::header(pos, name));
            }
            if let Some(pos) = lead.bearer {
                self.findings.push(artefacts::bearer(pos));
            }
            for &i in &lead.quotes {
                quotes.add(self.w[i].pos, self.w[i].c);
            }
        }
        let mut inner = Marks::default();
        let mut inside = false;
        for &i in seps {
            let ch = self.w[i];
            if is_space(ch.c) {
                inner.add(ch.pos, ch.c);
            } else if is_quote(ch.c) {
                quotes.add(ch.pos, ch.c);
                inside = true;
            }
        }
        for &i in &tail.quotes {
            quotes.add(self.w[i].pos, self.w[i].c);
        }
        for &i in &tail.punctuation {
            punctuation.add(self.w[i].pos, self.w[i].c);
        }
        if !inner.is_empty() {
            self.findings.push(artefacts::inner(&inner, &self.all));
        }
        if !quotes.is_empty() {
            self.findings.push(artefacts::quotes(&quotes, &self.all, inside));
        }
        if !punctuation.is_empty() {
            self.findings.push(artefacts::punctuation(&punctuation, &self.all));
        }
        match tail.other {
            Some(i) => self.findings.push(artefacts::surrounding(self.w[i].pos, 0, true)),
            None => {
                let trailing = self.marks(tail.spaces.iter().copied());
                if !trailing.is_empty() {
                    self.findings.push(artefacts::trailing(&trailing, &self.all));
                }
            }
        }
    }

    /// Two or more different keys: say which is which, offer nothing cleaned.
    fn several(mut self, regions: &[Found], keys: &[String], distinct: usize) -> KeyReport {
        let described: Vec<(Family, Option<String>, usize)> = regions
            .iter()
            .zip(keys)
            .map(|(found, key)| {
                let cls = family::classify(key);
                let family = match placeholder::recognise(key, cls.prefix_len) {
                    Some(Stand::Masked) => Family::MaskedHint,
                    Some(_) => Family::Placeholder,
                    None => cls.family,
                };
                let hint = match (&cls.canonical, family::is_anthropic(family)) {
                    (Some(canonical), true) => {
                        hint::of(&format!("{canonical}{}", &key[cls.prefix_len..]), cls.prefix_len)
                    }
                    _ => None,
                };
                (family, hint, self.w[found.pieces[0].0].pos)
            })
            .collect();
        let family =
            described.iter().find(|(family, _, _)| *family == Family::AnthropicApiKey).unwrap_or(&described[0]).0;
        self.findings.push(identity::several(&described, distinct));
        self.finish(family, None, None)
    }

    /// Text that stands where a key should be: that is the one finding worth showing.
    fn stand_in(mut self, stand: &Stand, value: &str, prefix_len: usize) -> KeyReport {
        let (family, hint) = match stand {
            Stand::Masked => (Family::MaskedHint, hint::as_console_hint(value, prefix_len)),
            _ => (Family::Placeholder, None),
        };
        self.findings = vec![identity::stand_in(stand)];
        self.finish(family, None, hint)
    }

    fn finish(mut self, family: Family, cleaned: Option<String>, hint: Option<String>) -> KeyReport {
        self.findings.sort_by_key(|f| f.severity);
        KeyReport {
            family,
            headline: verdict::headline(family, &self.findings, cleaned.is_some()),
            findings: self.findings,
            cleaned,
            hint,
            chars: self.all.len(),
        }
    }
}
