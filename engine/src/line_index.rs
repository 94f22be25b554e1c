//! Byte offsets in a source to 1-based lines and columns: the one line index of the engine
//! (compiler errors, syntax errors, statement spans) and of the harness (`statements`).

use ruff_text_size::TextSize;

/// Where each line of a source starts.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        // Lines end at \n, \r\n or a lone \r, as for Python's tokenizer.
        let bytes = src.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// The 1-based line of byte offset `off`.
    pub fn line(&self, off: TextSize) -> u32 {
        let off = usize::from(off);
        match self.starts.binary_search(&off) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// The byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: u32) -> usize {
        self.starts[(line as usize).saturating_sub(1)]
    }

    /// The 1-based line and column (in characters) of byte offset `off`.
    pub fn line_col(&self, src: &str, off: TextSize) -> (u32, u32) {
        let line = self.line(off);
        let start = self.line_start(line);
        let off = usize::from(off).min(src.len());
        let col = src.get(start..off).map_or(0, |s| s.chars().count()) as u32 + 1;
        (line, col)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_end_at_newline_crlf_and_lone_cr() {
        let src = "a\nbc\r\nd\re";
        let index = LineIndex::new(src);
        let at = |off: u32| index.line_col(src, TextSize::from(off));
        assert_eq!(at(0), (1, 1));
        assert_eq!(at(3), (2, 2));
        assert_eq!(at(6), (3, 1));
        assert_eq!(at(8), (4, 1));
        assert_eq!(index.line_start(4), 8);
    }
}
