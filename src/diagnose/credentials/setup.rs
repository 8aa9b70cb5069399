//! The reasoner's state: the generation and the ticked inputs, and their place in the URL
//! (`gen=py-2&has=key.token`): slugs only, never a value.

use std::collections::BTreeSet;

use super::generation::Generation;
use super::input::Input;
use super::resolution::Resolution;
use crate::diagnose::url::parse_query;

/// The query parameter that holds the generation.
pub const GEN_PARAM: &str = "gen";
/// The query parameter that holds the ticked inputs, joined by [`SEPARATOR`].
pub const HAS_PARAM: &str = "has";
/// Joins input slugs in [`HAS_PARAM`]: a character URLs keep as is, and no slug contains.
pub const SEPARATOR: char = '.';

/// What the user told the reasoner: which tool generation, and what is set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Setup {
    /// The tool and generation; `None` until one is picked.
    pub generation: Option<Generation>,
    /// What is set.
    pub inputs: BTreeSet<Input>,
}

impl Setup {
    /// A setup for `generation` with `inputs` ticked (through [`Setup::tick`], so exclusive
    /// inputs stay exclusive).
    pub fn new(generation: Generation, inputs: impl IntoIterator<Item = Input>) -> Setup {
        let mut setup = Setup { generation: Some(generation), inputs: BTreeSet::new() };
        for input in inputs {
            setup.tick(input);
        }
        setup
    }

    /// Whether `input` is ticked.
    pub fn has(&self, input: Input) -> bool {
        self.inputs.contains(&input)
    }

    /// Ticks `input`, unticking the inputs it excludes (one `/login` account at a time).
    pub fn tick(&mut self, input: Input) {
        for other in input.exclusive_with() {
            self.inputs.remove(other);
        }
        self.inputs.insert(input);
    }

    /// Unticks `input` and every input that only means something with it (`.env` loaded
    /// needs the `.env`).
    pub fn untick(&mut self, input: Input) {
        self.inputs.remove(&input);
        let dependants: Vec<Input> = self.inputs.iter().copied().filter(|i| i.needs() == Some(input)).collect();
        for dependant in dependants {
            self.untick(dependant);
        }
    }

    /// Ticks or unticks `input`.
    pub fn toggle(&mut self, input: Input) {
        if self.has(input) { self.untick(input) } else { self.tick(input) }
    }

    /// What the tool would do; `None` until a generation is picked.
    pub fn resolve(&self) -> Option<Resolution> {
        self.generation.map(|generation| super::resolve(generation, &self.inputs))
    }

    /// The setup as query pairs: `gen` if picked, `has` if anything is ticked, inputs in their
    /// declaration order so one setup always gives one URL.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(generation) = self.generation {
            pairs.push((GEN_PARAM, generation.slug().to_string()));
        }
        if !self.inputs.is_empty() {
            let slugs: Vec<&str> = self.inputs.iter().map(|i| i.slug()).collect();
            pairs.push((HAS_PARAM, slugs.join(&SEPARATOR.to_string())));
        }
        pairs
    }

    /// The setup as a query string without the `?` (`gen=py-2&has=key.token`), ready to join
    /// a step link's answers; empty for an empty setup. Slugs need no escaping.
    pub fn to_query(&self) -> String {
        let pairs: Vec<String> = self.to_pairs().into_iter().map(|(name, value)| format!("{name}={value}")).collect();
        pairs.join("&")
    }

    /// Reads a setup from decoded query pairs: the first `gen` that names a generation and the
    /// first `has`; unknown slugs, repeats and every other parameter are dropped.
    pub fn from_query(pairs: impl IntoIterator<Item = (String, String)>) -> Setup {
        let mut setup = Setup::default();
        let (mut seen_gen, mut seen_has) = (false, false);
        for (name, value) in pairs {
            if name == GEN_PARAM && !seen_gen {
                seen_gen = true;
                setup.generation = Generation::from_slug(&value);
            } else if name == HAS_PARAM && !seen_has {
                seen_has = true;
                for slug in value.split(SEPARATOR).take(Input::ALL.len()) {
                    if let Some(input) = Input::from_slug(slug) {
                        setup.tick(input);
                    }
                }
            }
        }
        setup
    }

    /// Reads a setup from a location's query string (`?gen=…&has=…`, other parameters ignored).
    pub fn from_search(search: &str) -> Setup {
        Setup::from_query(parse_query(search))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_login_at_a_time_and_dependants_go_with_their_parent() {
        let mut setup = Setup::new(Generation::ClaudeCode, [Input::LoginSubscription, Input::LoginConsole]);
        assert!(setup.has(Input::LoginConsole) && !setup.has(Input::LoginSubscription));
        setup.tick(Input::Dotenv);
        setup.tick(Input::DotenvLoaded);
        setup.tick(Input::DotenvOverride);
        setup.toggle(Input::Dotenv);
        assert!(!setup.has(Input::DotenvLoaded) && !setup.has(Input::DotenvOverride));
    }
}
