//! The no-key checks from the command line, for `tests/one_liners/test_one_liners.py`, which
//! runs them for real against the fake API.
//!
//! `cargo run --example one_liners -- generate [--var NAME] [--hint HINT]` prints every check as
//! JSON (`{"bash": {"command": …, "script": …}, …}`); `… -- parse` reads check output on stdin
//! and prints the lines as `parse_output` understands them.

use std::io::Read;
use std::process::ExitCode;

use key_doctor::diagnose::one_liners::{CheckLine, CheckSpec, one_liners, parse_output};
use serde_json::{Map, Value, json};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let option = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).map(String::as_str);
    match args.first().map(String::as_str) {
        Some("generate") => match CheckSpec::new(option("--var"), option("--hint")) {
            Ok(spec) => {
                let mut all = Map::new();
                for check in one_liners(&spec) {
                    all.insert(check.shell.slug().into(), json!({"command": check.command, "script": check.script}));
                }
                println!("{}", Value::Object(all));
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("{error}");
                ExitCode::from(2)
            }
        },
        Some("parse") => {
            let mut text = String::new();
            if std::io::stdin().read_to_string(&mut text).is_err() {
                return ExitCode::from(2);
            }
            let lines: Vec<Value> = parse_output(&text).iter().map(as_json).collect();
            println!("{}", Value::Array(lines));
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: one_liners generate [--var NAME] [--hint HINT] | one_liners parse < output");
            ExitCode::from(2)
        }
    }
}

fn as_json(line: &CheckLine) -> Value {
    match line {
        CheckLine::Key { variable, set, length, hint, hint_match, edge_whitespace } => json!({
            "line": "key", "var": variable, "set": set, "length": length, "hint": hint,
            "hint_match": hint_match, "edge_whitespace": edge_whitespace,
        }),
        CheckLine::Call { style, status, error_type, error_code, request_id, message } => json!({
            "line": style.slug(), "status": status, "type": error_type, "code": error_code,
            "request_id": request_id, "message": message,
        }),
    }
}
