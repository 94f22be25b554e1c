//! A last word when embedded CPython crashes the whole process: a fatal-signal handler that
//! names the case (and fuzz program) that was running, then lets the crash proceed.
//!
//! A segmentation fault inside the interpreter cannot be contained in-process (CPython 3.10 and
//! 3.11 crash on some generator programs the reducer produces). The process backend contains
//! it (its worker dies, the case gets a `crashed` outcome); the embedded backend can only say
//! what it was doing, which this module does with nothing but async-signal-safe calls.

use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::{Mutex, Once};

const CAPACITY: usize = 2048;

/// The message the handler writes (bytes `0..LEN`); `LEN == 0` means nothing is running.
static NOTE: [AtomicU8; CAPACITY] = [const { AtomicU8::new(0) }; CAPACITY];
static LEN: AtomicUsize = AtomicUsize::new(0);
/// What the caller is doing around a case (e.g. "program 12 of seed 3 …"), added to the note.
static CONTEXT: Mutex<String> = Mutex::new(String::new());

/// Say what the fuzz loop (or another caller) is doing, for the note of a crash.
pub fn set_context(text: String) {
    *CONTEXT.lock().unwrap_or_else(|p| p.into_inner()) = text;
}

/// What [`set_context`] last said (empty if nothing).
pub fn context() -> String {
    CONTEXT.lock().unwrap_or_else(|p| p.into_inner()).clone()
}

/// While the returned guard lives, a fatal signal prints a note naming `what`.
pub fn running(what: &str) -> Guard {
    let context = CONTEXT.lock().unwrap_or_else(|p| p.into_inner());
    let text = format!(
        "\nyieldspec: the process is dying of a fatal signal while embedded CPython runs {what}\
         {sep}{context}. A crash inside the interpreter cannot be contained in-process: run it \
         on a process backend (e.g. `--backend process:python3`, `--left process:python3` for \
         fuzz and reduce), where a crash is a `crashed` outcome.\n",
        sep = if context.is_empty() { "" } else { ", " },
    );
    store(text.as_bytes());
    Guard(())
}

/// Clears the note when the case is over.
pub struct Guard(());

impl Drop for Guard {
    fn drop(&mut self) {
        LEN.store(0, Ordering::Release);
    }
}

fn store(bytes: &[u8]) {
    let n = bytes.len().min(CAPACITY);
    LEN.store(0, Ordering::Release);
    for (slot, b) in NOTE.iter().zip(&bytes[..n]) {
        slot.store(*b, Ordering::Relaxed);
    }
    LEN.store(n, Ordering::Release);
}

#[cfg(unix)]
mod handler {
    use super::*;

    const SIGNALS: [libc::c_int; 5] = [
        libc::SIGSEGV,
        libc::SIGBUS,
        libc::SIGILL,
        libc::SIGFPE,
        libc::SIGABRT,
    ];

    /// The actions that were installed before ours, restored before the crash proceeds.
    static mut PREVIOUS: [Option<libc::sigaction>; 5] = [None; 5];

    pub fn install() {
        for (i, &sig) in SIGNALS.iter().enumerate() {
            // SAFETY: plain sigaction calls with zeroed, then filled, structs; PREVIOUS is only
            // written here, once, before any handler can run for this signal.
            unsafe {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = on_signal as *const () as libc::sighandler_t;
                action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
                libc::sigemptyset(&mut action.sa_mask);
                let mut old: libc::sigaction = std::mem::zeroed();
                if libc::sigaction(sig, &action, &mut old) == 0 {
                    let previous = &raw mut PREVIOUS;
                    (*previous)[i] = Some(old);
                }
            }
        }
    }

    extern "C" fn on_signal(sig: libc::c_int, _: *mut libc::siginfo_t, _: *mut libc::c_void) {
        let n = LEN.load(Ordering::Acquire);
        if n > 0 {
            let mut buf = [0u8; CAPACITY];
            for (b, slot) in buf.iter_mut().zip(NOTE.iter()).take(n) {
                *b = slot.load(Ordering::Relaxed);
            }
            LEN.store(0, Ordering::Release);
            // SAFETY: write(2) is async-signal-safe; buf is valid for n bytes.
            unsafe {
                libc::write(2, buf.as_ptr().cast(), n);
            }
        }
        // Put the previous action back; returning re-runs the faulting instruction (or, for
        // abort(), continues it), which now gets the old handling: the crash proceeds as before.
        if let Some(i) = SIGNALS.iter().position(|&s| s == sig) {
            // SAFETY: PREVIOUS is not written after install(); sigaction is async-signal-safe.
            unsafe {
                let previous = &raw const PREVIOUS;
                match (*previous)[i] {
                    Some(old) => libc::sigaction(sig, &old, std::ptr::null_mut()),
                    None => libc::signal(sig, libc::SIG_DFL) as libc::c_int,
                };
            }
        }
    }
}

/// Install the handler (once per process; a no-op off Unix).
pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        #[cfg(unix)]
        handler::install();
    });
}
