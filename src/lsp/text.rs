//! Places in a text as the Language Server Protocol counts them: 0-based lines and
//! characters in UTF-16 code units (`ä` is one unit, `😀` two), from and to seloste's byte
//! offsets. And `file://` URIs from and to paths.

use lsp_types::{Position, Range};
use std::path::{Path, PathBuf};

/// A text with the byte offset of the start of each line.
pub struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Lines<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    /// The LSP position of byte `offset` (clamped into the text, and back to the start of
    /// a character it falls inside).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let character: usize = self.text[start..offset].chars().map(char::len_utf16).sum();
        Position::new(line as u32, character as u32)
    }

    /// The LSP range of `len` bytes from byte `offset`.
    pub fn range(&self, offset: usize, len: usize) -> Range {
        Range::new(self.position(offset), self.position(offset + len))
    }

    /// The byte offset of an LSP position (clamped to the end of its line, and of the text).
    pub fn offset(&self, p: Position) -> usize {
        let Some(&start) = self.starts.get(p.line as usize) else {
            return self.text.len();
        };
        let end = self
            .starts
            .get(p.line as usize + 1)
            .map_or(self.text.len(), |&next| next - 1);
        let mut units = 0;
        for (i, c) in self.text[start..end].char_indices() {
            if units >= p.character as usize {
                return start + i;
            }
            units += c.len_utf16();
        }
        end
    }
}

/// The path of a `file:` URI (percent-decoded); `None` for another scheme.
pub fn uri_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    // `file://host/path`: only the local host (empty or `localhost`) is a local file.
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    if !rest.starts_with('/') {
        return None;
    }
    let bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], bytes.get(i + 1..i + 3)) {
            (b'%', Some(hex)) => match std::str::from_utf8(hex)
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                Some(b) => {
                    out.push(b);
                    i += 3;
                }
                None => {
                    out.push(b'%');
                    i += 1;
                }
            },
            (b'?' | b'#', _) => break,
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    let s = String::from_utf8(out).ok()?;
    // `file:///C:/x` on Windows.
    #[cfg(windows)]
    let s = s.strip_prefix('/').map(str::to_string).unwrap_or(s);
    Some(PathBuf::from(s))
}

/// The `file://` URI of an absolute path.
pub fn path_uri(path: &Path) -> String {
    crate::report::sarif::uri(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_columns_after_non_ascii_text() {
        let text = "a: ä\nnimi: \"Ääkkönen 😀 x\"\n";
        let lines = Lines::new(text);
        let x = text.find('x').unwrap();
        // `nimi: "Ääkkönen ` is 16 units, the emoji two more, then a space.
        assert_eq!(lines.position(x), Position::new(1, 19));
        assert_eq!(lines.offset(Position::new(1, 19)), x);
        assert_eq!(lines.position(text.len()), Position::new(2, 0));
        // Past the end of a line: its end.
        assert_eq!(lines.offset(Position::new(0, 99)), 5);
        assert_eq!(lines.offset(Position::new(9, 0)), text.len());
    }

    #[test]
    fn file_uris() {
        assert_eq!(
            uri_path("file:///tmp/rekisteri%20%C3%A4.yaml"),
            Some(PathBuf::from("/tmp/rekisteri ä.yaml"))
        );
        assert_eq!(uri_path("untitled:Untitled-1"), None);
        assert_eq!(
            path_uri(Path::new("/tmp/a b.yaml")),
            "file:///tmp/a%20b.yaml"
        );
    }
}
