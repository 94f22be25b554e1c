//! Ctrl-C and SIGTERM: the first one asks the run to stop after the case that is running
//! (which is interrupted: embedded CPython gets its Timeout injected, a process worker is
//! killed, the engine stops at its next budget check), so that nothing of it is reported or
//! recorded and the command exits with 130; a second one ends the process at once, after
//! killing the process groups of the process workers.
//!
//! The handler is installed before embedded CPython starts, so that `import signal` in a case
//! does not install Python's own SIGINT handler (which turned Ctrl-C into a
//! `KeyboardInterrupt` in the case's trace); after every embedded case the handler is put back
//! if the case replaced it (`signal.signal(SIGINT, SIG_IGN)` must not make the run
//! unstoppable).

use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::Once;

/// The exit code of a run stopped by Ctrl-C (128 + SIGINT, as shells report it).
pub const EXIT_INTERRUPTED: i32 = 130;

static REQUESTED: AtomicBool = AtomicBool::new(false);

/// Process groups of live process workers (0: free slot), killed by a second signal.
const GROUPS: usize = 64;
static WORKER_GROUPS: [AtomicI32; GROUPS] = [const { AtomicI32::new(0) }; GROUPS];

/// Whether the user asked the run to stop.
pub fn requested() -> bool {
    REQUESTED.load(Ordering::Relaxed)
}

/// Remember a worker's process group (for a second Ctrl-C).
pub fn register_group(pgid: i32) {
    for slot in &WORKER_GROUPS {
        if slot
            .compare_exchange(0, pgid, Ordering::AcqRel, Ordering::Relaxed)
            .is_ok()
        {
            return;
        }
    }
}

/// Forget a worker's process group (it was killed).
pub fn unregister_group(pgid: i32) {
    for slot in &WORKER_GROUPS {
        let _ = slot.compare_exchange(pgid, 0, Ordering::AcqRel, Ordering::Relaxed);
    }
}

#[cfg(unix)]
const SIGNALS: [libc::c_int; 2] = [libc::SIGINT, libc::SIGTERM];

#[cfg(unix)]
extern "C" fn on_signal(_: libc::c_int) {
    if REQUESTED.swap(true, Ordering::SeqCst) {
        for slot in &WORKER_GROUPS {
            let pgid = slot.load(Ordering::Relaxed);
            if pgid > 0 {
                // SAFETY: kill(2) is async-signal-safe.
                unsafe {
                    libc::kill(-pgid, libc::SIGKILL);
                }
            }
        }
        let msg = b"\nyieldspec: interrupted again; stopping now\n";
        // SAFETY: write(2) and _exit(2) are async-signal-safe.
        unsafe {
            libc::write(2, msg.as_ptr().cast(), msg.len());
            libc::_exit(EXIT_INTERRUPTED);
        }
    }
    yieldspec_engine::interrupt();
}

static INSTALLED: AtomicBool = AtomicBool::new(false);

/// Install the handlers (once per process; the `yieldspec` binary does, before embedded
/// CPython starts; library users such as tests keep the default handling).
pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        INSTALLED.store(true, Ordering::SeqCst);
        reassert();
    });
}

/// Put the handlers back where something (a case on embedded CPython) replaced them.
pub fn reassert() {
    if !INSTALLED.load(Ordering::Relaxed) {
        return;
    }
    #[cfg(unix)]
    for sig in SIGNALS {
        // SAFETY: sigaction with zeroed, then filled, structs; the handler only touches
        // atomics and async-signal-safe calls.
        unsafe {
            let mut current: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(sig, std::ptr::null(), &mut current) != 0 {
                continue;
            }
            let ours = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
            if current.sa_sigaction == ours {
                continue;
            }
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = ours;
            action.sa_flags = libc::SA_RESTART;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(sig, &action, std::ptr::null_mut());
        }
    }
}
