//! How long the recognizer takes on 1 MiB of realistic log noise around the one line that
//! matters (target ≤ 20 ms natively), on 2 MiB, on a log holding hundreds of keys, and on a
//! single traceback. Run with `cargo bench --bench error_text`.

#[path = "../tests/support/mod.rs"]
mod support;
use support::body;

use std::hint::black_box;
use std::time::{Duration, Instant};

use key_doctor::diagnose::error_text::recognize;

const ERROR: &str = "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}, 'request_id': 'req_011CYhr1kdGzCrPHfrhibMen'}";

/// About `bytes` of what a long-running service logs: requests, JSON lines, stack frames,
/// retries, other services' errors, colour codes, URLs and non-Latin text, with `line` in the middle.
fn noisy_log(bytes: usize, line: &str, keys: bool) -> String {
    let noise = [
        "2026-11-02T10:15:02.114Z INFO  [http] GET /healthz 200 0.4ms user_agent=\"kube-probe/1.29\"",
        "{\"level\":\"info\",\"ts\":1762078502.11,\"msg\":\"request finished\",\"status\":200,\"path\":\"/api/v1/items\",\"duration_ms\":12}",
        "\u{1b}[33mWARN\u{1b}[0m  [worker-3] retrying job 8841 after error: upstream timeout (attempt 2/5)",
        "    at processTicksAndRejections (node:internal/process/task_queues:95:5)",
        "  File \"/srv/app/handlers.py\", line 212, in handle_message\n    result = await pipeline.run(payload)",
        "2026-11-02 10:15:03,551 ERROR stripe.error.CardError: Your card was declined. (request req_8pZ3d1cc)",
        "DEBUG urllib3.connectionpool: https://hooks.slack.com:443 \"POST /services/T000/B000 HTTP/1.1\" 200 2",
        "Загрузка модели завершена · モデルの読み込みが完了しました · 模型加载完成 🙂",
        "cache miss key=user:88412:profile ttl=300s backend=redis://cache.internal:6379/0",
    ];
    let mut text = String::with_capacity(bytes + 1024);
    let mut seed = 0;
    while text.len() < bytes / 2 {
        for l in noise {
            text.push_str(l);
            text.push('\n');
        }
        if keys {
            text.push_str(&format!("ANTHROPIC_API_KEY=sk-ant-api03-{}AA\n", body(seed, 93)));
            seed += 1;
        }
    }
    text.push_str(line);
    text.push('\n');
    while text.len() < bytes {
        for l in noise.iter().rev() {
            text.push_str(l);
            text.push('\n');
        }
    }
    text
}

/// The median of `runs` timings, each averaged over `inner` calls.
fn median(text: &str, runs: usize, inner: u32) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..inner {
                black_box(recognize(black_box(text)));
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
    let mebibyte = noisy_log(1 << 20, ERROR, false);
    let two = noisy_log(2 << 20, ERROR, false);
    let keyed = noisy_log(1 << 20, ERROR, true);
    // The one line must still be found in the noise.
    assert_eq!(recognize(&mebibyte).steps.first().map(|s| s.as_str()), Some("key-listed"));
    let runs = 21;
    let one = median(&mebibyte, runs, 1);
    println!(
        "error text, 1 MiB log around one line: median {} over {runs} runs (target ≤ 20 ms){}",
        show(one),
        if one <= Duration::from_millis(20) { "" } else { "  ← OVER TARGET" }
    );
    println!("error text, 2 MiB log: median {} over {runs} runs", show(median(&two, runs, 1)));
    println!(
        "error text, 1 MiB log with a key every 10 lines: median {} over {runs} runs",
        show(median(&keyed, runs, 1))
    );
    println!("error text, one traceback line: median {} over {runs} runs", show(median(ERROR, runs, 200)));
}
