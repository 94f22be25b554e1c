//! The tracer's virtual event loop skips the select() system call when only its own wake-up
//! socket is registered and nothing wrote to it: a case whose loop is woken from another thread
//! (call_soon_threadsafe) or that registers a reader of its own must still
//! run as it does on a plain event loop.

use std::path::Path;
use std::process::Command;

const CASE: &str = r#"
import asyncio, socket, threading

async def spin(n):
    for _ in range(n):
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def worker():
        loop.call_soon_threadsafe(fut.set_result, "from a thread")
    t = threading.Thread(target=worker)
    t.start()
    print(await fut)
    t.join()
    a, b = socket.socketpair()
    got = loop.create_future()
    loop.add_reader(a.fileno(), lambda: got.done() or got.set_result(a.recv(10)))
    s = asyncio.ensure_future(spin(5))
    b.send(b"ping")
    print(await got)
    await s
    loop.remove_reader(a.fileno())
    a.close()
    b.close()

asyncio.run(main())
print(asyncio.run(spin(3)))
"#;

const RUN: &str = r#"
import json, sys
sys.path.insert(0, sys.argv[1])
import tracer
result = json.loads(tracer.run_case(sys.argv[2], "case.py", "{}"))
out = "".join(e.get("text", "") for s in result["statements"] for e in s["events"] if e["kind"] == "out")
print(json.dumps({"status": result["status"], "out": out}))
"#;

#[test]
fn a_loop_woken_from_another_thread_or_by_a_reader_still_runs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("python3")
        .arg("-c")
        .arg(RUN)
        .arg(root.join("src"))
        .arg(CASE)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let reply: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(reply["status"], "completed", "{reply}");
    assert_eq!(reply["out"], "from a thread\nb'ping'\nNone\n", "{reply}");
}
