//! The findings of one `yieldspec fuzz` run grouped by root-cause signature: how many programs
//! showed each, the first program (seed and index), the reduced size, whether the runtime's
//! known-divergences file lists it, and whether it showed again on fresh workers or only after
//! the history the worker had (with the command that replays that history).

use std::collections::HashMap;
use std::io::Write;

use serde::{Deserialize, Serialize};

use super::known::Known;
use super::signature::Signature;

/// Whether a finding showed again on fresh workers (no history).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Confirmation {
    /// Not checked (a known divergence, which is not re-run).
    NotChecked,
    /// The same signature on fresh workers.
    Fresh,
    /// Fresh workers ran out of time on it (every try): neither confirmed nor shown to need
    /// the history; replay it alone with `--start INDEX --iterations 1`.
    TimedOut,
    /// Only after what the workers ran before: programs `start..=index` of the seed, replayed
    /// in one worker by `replay`.
    History { start: u64, replay: String },
}

/// One signature's row.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Entry {
    pub signature: Signature,
    /// Programs that showed it.
    pub count: u64,
    /// The first program that showed it.
    pub first: u64,
    /// Lines of its reduced case (with `--reduce`).
    pub reduced_lines: Option<usize>,
    /// Features of the reduced case (or of the first program, unreduced).
    pub features: Vec<String>,
    pub known: Option<Known>,
    pub confirmation: Confirmation,
    /// The first-difference signatures listed under this one after reduction
    /// ([`Signature::after_reduction`]), each with its first program.
    #[serde(default)]
    pub first_differences: Vec<(Signature, u64)>,
}

impl Entry {
    /// Add first-difference signatures, each once, with the lowest-numbered program.
    fn add_first_differences(&mut self, more: impl IntoIterator<Item = (Signature, u64)>) {
        for (signature, first) in more {
            match self
                .first_differences
                .iter_mut()
                .find(|(s, _)| *s == signature)
            {
                Some(row) => row.1 = row.1.min(first),
                None => self.first_differences.push((signature, first)),
            }
        }
        self.first_differences.sort_by_key(|(_, first)| *first);
    }
}

/// Every signature seen in a run, in order of first appearance.
#[derive(Clone, Debug, Default)]
pub struct Findings {
    pub entries: Vec<Entry>,
    by_signature: HashMap<Signature, usize>,
}

impl Findings {
    /// Count one finding; returns its entry and whether the signature is new in this run.
    pub fn count(&mut self, signature: &Signature, index: u64) -> (&mut Entry, bool) {
        if let Some(&i) = self.by_signature.get(signature) {
            let entry = &mut self.entries[i];
            entry.count += 1;
            return (entry, false);
        }
        self.by_signature
            .insert(signature.clone(), self.entries.len());
        self.entries.push(Entry {
            signature: signature.clone(),
            count: 1,
            first: index,
            reduced_lines: None,
            features: Vec::new(),
            known: None,
            confirmation: Confirmation::NotChecked,
            first_differences: Vec::new(),
        });
        let last = self.entries.len() - 1;
        (&mut self.entries[last], true)
    }

    /// List the row of `from` under `to`, its signature after reduction. When `to` has a row
    /// already, `from`'s programs count there (that row keeps its first program, reduced case
    /// and confirmation) and `from`'s row goes; later programs with `from` count there too.
    /// Returns whether `from`'s row was folded into another.
    pub fn list_under(&mut self, from: &Signature, to: &Signature) -> bool {
        let Some(&i) = self.by_signature.get(from) else {
            return false;
        };
        if from == to {
            return false;
        }
        let moved = (from.clone(), self.entries[i].first);
        match self.by_signature.get(to).copied() {
            Some(j) if j != i => {
                let row = self.entries.remove(i);
                for index in self.by_signature.values_mut() {
                    if *index > i {
                        *index -= 1;
                    }
                }
                let j = if j > i { j - 1 } else { j };
                let entry = &mut self.entries[j];
                entry.count += row.count;
                entry.add_first_differences(std::iter::once(moved).chain(row.first_differences));
                self.by_signature.insert(from.clone(), j);
                true
            }
            _ => {
                let entry = &mut self.entries[i];
                entry.signature = to.clone();
                entry.add_first_differences([moved]);
                self.by_signature.insert(to.clone(), i);
                false
            }
        }
    }

    /// Fold in the rows of another share of the same run (a `--jobs` worker's): counts add up,
    /// and a signature's row keeps the lowest-numbered program, with its reduced size, features
    /// and confirmation — the row a single-process run prints.
    pub fn merge(&mut self, rows: Vec<Entry>) {
        for row in rows {
            match self.by_signature.get(&row.signature) {
                Some(&i) => {
                    let entry = &mut self.entries[i];
                    let count = entry.count + row.count;
                    let mut firsts = std::mem::take(&mut entry.first_differences);
                    firsts.extend(row.first_differences.iter().cloned());
                    if row.first < entry.first {
                        *entry = row;
                    }
                    entry.count = count;
                    entry.first_differences.clear();
                    entry.add_first_differences(firsts);
                }
                None => {
                    self.by_signature
                        .insert(row.signature.clone(), self.entries.len());
                    self.entries.push(row);
                }
            }
        }
    }

    /// The row listed under a signature (its own, or one it was folded into).
    pub fn entry_mut(&mut self, signature: &Signature) -> Option<&mut Entry> {
        let &i = self.by_signature.get(signature)?;
        self.entries.get_mut(i)
    }

    /// Signatures not in the known-divergences file.
    pub fn new_signatures(&self) -> usize {
        self.entries.iter().filter(|e| e.known.is_none()).count()
    }

    /// Signatures the known-divergences file lists.
    pub fn known_signatures(&self) -> usize {
        self.entries.iter().filter(|e| e.known.is_some()).count()
    }

    /// The table: one row per signature, most frequent first.
    pub fn write_table(&self, out: &mut dyn Write, seed: u64) {
        let _ = writeln!(
            out,
            "\nsignatures: {} (new: {}, known: {})",
            self.entries.len(),
            self.new_signatures(),
            self.known_signatures()
        );
        if self.entries.is_empty() {
            return;
        }
        let _ = writeln!(
            out,
            "{:>7}  {:<14}  {:>7}  {:<7}  {:<9}  signature",
            "count", "first", "reduced", "status", "fresh"
        );
        let mut rows: Vec<&Entry> = self.entries.iter().collect();
        rows.sort_by(|a, b| b.count.cmp(&a.count).then(a.first.cmp(&b.first)));
        for e in rows {
            let reduced = e
                .reduced_lines
                .map_or("-".to_string(), |n| format!("{n} lines"));
            let status = if e.known.is_some() { "known" } else { "new" };
            let fresh = match &e.confirmation {
                Confirmation::NotChecked => "-",
                Confirmation::Fresh => "yes",
                Confirmation::TimedOut => "timeout",
                Confirmation::History { .. } => "history",
            };
            let _ = writeln!(
                out,
                "{:>7}  {:<14}  {:>7}  {:<7}  {:<9}  {}",
                e.count,
                format!("{seed}/{}", e.first),
                reduced,
                status,
                fresh,
                e.signature
            );
            if !e.features.is_empty() {
                let _ = writeln!(out, "{:>52}features: {}", "", e.features.join(" "));
            }
            for (signature, first) in &e.first_differences {
                let _ = writeln!(
                    out,
                    "{:>52}first difference {seed}/{first}: {signature}",
                    ""
                );
            }
            if let Some(k) = &e.known {
                let link = k.upstream.as_deref().unwrap_or("no upstream link");
                let _ = writeln!(out, "{:>52}known: {} ({link})", "", k.reason);
            }
            if let Confirmation::History { replay, .. } = &e.confirmation {
                let _ = writeln!(out, "{:>52}only after its history: {replay}", "");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_group_by_signature() {
        let mut f = Findings::default();
        let a = Signature::from_text("divergent: next: out vs end of statement");
        let b = Signature::from_text("crashed: right signal SIGSEGV");
        assert!(f.count(&a, 3).1);
        assert!(!f.count(&a, 9).1);
        assert!(f.count(&b, 4).1);
        assert_eq!(f.entries[0].count, 2);
        assert_eq!(f.entries[0].first, 3);
        f.entries[1].known = Some(Known {
            signature: b.to_string(),
            reason: "r".into(),
            upstream: None,
        });
        assert_eq!((f.new_signatures(), f.known_signatures()), (1, 1));
        let mut table = Vec::new();
        f.write_table(&mut table, 1);
        let table = String::from_utf8(table).unwrap();
        assert!(
            table.contains("signatures: 2 (new: 1, known: 1)"),
            "{table}"
        );
        assert!(table.contains("1/3"), "{table}");
        // a finding whose fresh re-run timed out is said to be so, not "history"
        f.entries[0].confirmation = Confirmation::TimedOut;
        let mut table = Vec::new();
        f.write_table(&mut table, 1);
        let table = String::from_utf8(table).unwrap();
        let row = table.lines().find(|l| l.contains("1/3")).unwrap();
        assert!(
            row.contains(" timeout ") && !row.contains("history"),
            "{row}"
        );
    }

    #[test]
    fn a_row_is_listed_under_its_signature_after_reduction() {
        let assign = Signature::from_text("divergent: assign: out vs end of statement");
        let del = Signature::from_text("divergent: del: out vs end of statement");
        let other = Signature::from_text("crashed: right signal SIGSEGV");
        let kinds = Signature::from_text("divergent: with async generator: out vs none");
        let mut f = Findings::default();
        f.count(&assign, 128);
        f.count(&assign, 130);
        // the first row is renamed: nothing to fold it into
        assert!(!f.list_under(&assign, &kinds));
        f.count(&other, 200);
        f.count(&del, 359);
        // the second is folded into the first, whose program, reduced case and confirmation
        // stay; later programs of either first signature count there
        assert!(f.list_under(&del, &kinds));
        f.count(&del, 400);
        f.count(&assign, 500);
        assert_eq!(f.entries.len(), 2);
        let row = f.entry_mut(&kinds).unwrap();
        assert_eq!((row.count, row.first), (5, 128));
        assert_eq!(
            row.first_differences,
            [(assign.clone(), 128), (del.clone(), 359)]
        );
        assert_eq!(f.entry_mut(&other).unwrap().count, 1);
        let mut table = Vec::new();
        f.write_table(&mut table, 1);
        let table = String::from_utf8(table).unwrap();
        assert!(
            table.contains("signatures: 2 (new: 2, known: 0)"),
            "{table}"
        );
        assert!(
            table.contains("first difference 1/359: divergent: del: out vs end of statement"),
            "{table}"
        );
        // a worker's rows fold the same way in the parent
        let mut worker = Findings::default();
        worker.count(&del, 7);
        worker.list_under(&del, &kinds);
        let mut parent = Findings::default();
        parent.merge(f.entries.clone());
        parent.merge(worker.entries);
        let row = parent.entry_mut(&kinds).unwrap();
        assert_eq!((row.count, row.first), (6, 7));
        assert_eq!(row.first_differences, [(del, 7), (assign, 128)]);
    }

    #[test]
    fn shares_of_a_run_merge_into_the_single_process_table() {
        let a = Signature::from_text("divergent: next: out vs end of statement");
        let b = Signature::from_text("crashed: right signal SIGSEGV");
        let (mut one, mut even, mut odd) = (
            Findings::default(),
            Findings::default(),
            Findings::default(),
        );
        for (index, sig) in [(0, &a), (1, &a), (2, &b), (3, &a), (5, &b)] {
            one.count(sig, index);
            let share = if index % 2 == 0 { &mut even } else { &mut odd };
            share.count(sig, index).0.reduced_lines = Some(index as usize);
        }
        let mut merged = Findings::default();
        merged.merge(odd.entries);
        merged.merge(even.entries);
        let rows = |f: &Findings| {
            let mut v: Vec<_> = f
                .entries
                .iter()
                .map(|e| (e.signature.clone(), e.count, e.first))
                .collect();
            v.sort();
            v
        };
        assert_eq!(rows(&merged), rows(&one));
        let kept = merged.entries.iter().find(|e| e.signature == a).unwrap();
        assert_eq!((kept.first, kept.reduced_lines), (0, Some(0)));
    }
}
