//! One table for "what sends the user where": key findings, live-call verdicts and
//! (later) recognized error texts, each mapped to a step of the decision tree.
