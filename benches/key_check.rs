//! How long the key check takes: on a 1 MiB paste of mixed, realistic text (target ≤ 5 ms),
//! on the largest paste that still gets the detailed check, and on one normal 108-character key.
//! Run with `cargo bench --bench key_check`.

#[path = "../tests/support/mod.rs"]
mod support;
use support::body;

use std::hint::black_box;
use std::time::{Duration, Instant};

use key_doctor::diagnose::key::check;

/// A paste of about `bytes` bytes that looks like a log or a `.env`-laden document: prose,
/// assignments, keys, line breaks, non-Latin text, emoji and the odd invisible character.
fn mixed_paste(bytes: usize) -> String {
    let lines = [
        "2026-08-21T10:15:02Z INFO  request finished status=401 type=authentication_error message=\"invalid x-api-key\"",
        "Traceback (most recent call last): File \"app.py\", line 12, in <module> client.messages.create(...)",
        "# Claude Console › Settings › API keys — créer une clé, 日本語のメモ, заметка 🙂",
        "OPENAI_API_KEY=sk-proj-abc123\u{200B}def456",
    ];
    let mut text = String::with_capacity(bytes + 256);
    let mut seed = 1;
    while text.len() < bytes {
        for line in lines {
            text.push_str(line);
            text.push_str("\r\n");
        }
        text.push_str("export ANTHROPIC_API_KEY=\"sk-ant-api03-");
        text.push_str(&body(seed, 93));
        text.push_str("AA\"\n");
        seed += 1;
    }
    text
}

/// The median of `runs` timings, each the time of one call averaged over `inner` calls.
fn median(text: &str, runs: usize, inner: u32) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..inner {
                black_box(check(black_box(text)));
            }
            start.elapsed() / inner
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn show(duration: Duration) -> String {
    let micros = duration.as_secs_f64() * 1e6;
    if micros >= 1_000.0 { format!("{:.2} ms", micros / 1_000.0) } else { format!("{micros:.1} µs") }
}

fn main() {
    let mebibyte = mixed_paste(1 << 20);
    let detailed: String = mixed_paste(40_000).chars().take(10_000).collect();
    let key = format!("sk-ant-api03-{}AA", body(0, 93));
    // Warm up caches and the allocator.
    black_box(check(&mebibyte));

    let runs = 30;
    let big = median(&mebibyte, runs, 1);
    println!(
        "key check, 1 MiB paste: median {} over {runs} runs (target ≤ 5 ms){}",
        show(big),
        if big <= Duration::from_millis(5) { "" } else { "  ← OVER TARGET" }
    );
    println!(
        "key check, 10 000-character paste (largest with the detailed check): median {} over {runs} runs",
        show(median(&detailed, runs, 10))
    );
    println!("key check, one 108-character key: median {} over {runs} runs", show(median(&key, runs, 1_000)));
}
