//! The lines of rasad's own data files (`data/**/*.tsv`, `*.txt`): one
//! record a line, `#` starting a comment line, blank lines ignored, and
//! Windows line ends accepted.

/// The records of a data file: each line that is neither blank nor a
/// `#` comment, with its 1-based line number, a trailing `\r` removed.
///
/// ```
/// let text = "# comment\nسفر\tCONSULT\r\n\n  \nدیدار\tCONSULT\n";
/// let lines: Vec<_> = rasad_text::datafile::records(text).collect();
/// assert_eq!(lines, [(2, "سفر\tCONSULT"), (5, "دیدار\tCONSULT")]);
/// ```
pub fn records(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim_end_matches('\r')))
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
}
