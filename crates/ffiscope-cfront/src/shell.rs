//! POSIX shell word splitting (for `command` in compile_commands.json and response files)
//! and the inverse, quoting, for printing reproducible clang command lines.

/// Splits `s` into words the way a POSIX shell would, without expansions: whitespace
/// separates words; `'...'` is literal; inside `"..."` a backslash escapes only `"`, `\`,
/// `$`, `` ` `` and a newline; outside quotes a backslash escapes any character, and
/// backslash-newline is a line continuation. `#` at the start of a word begins a comment.
///
/// Errors name what is wrong (an unterminated quote or a trailing backslash).
pub fn split(s: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\n' | '\r' => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            '#' if !in_word => {
                // A comment runs to the end of the line.
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => cur.push(c),
                        None => return Err("unterminated single quote".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(e @ ('"' | '\\' | '$' | '`')) => cur.push(e),
                            Some('\n') => {}
                            Some(e) => {
                                cur.push('\\');
                                cur.push(e);
                            }
                            None => return Err("unterminated double quote".into()),
                        },
                        Some(c) => cur.push(c),
                        None => return Err("unterminated double quote".into()),
                    }
                }
            }
            '\\' => match chars.next() {
                Some('\n') => {}
                Some(e) => {
                    in_word = true;
                    cur.push(e);
                }
                None => return Err("trailing backslash".into()),
            },
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    Ok(words)
}

/// Quotes one word so that a POSIX shell reads it back unchanged.
pub fn quote(word: &str) -> String {
    let safe = !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./=:,+@%^".contains(&b));
    if safe {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// Quotes and joins words into one shell command line.
pub fn join<I, S>(words: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    words
        .into_iter()
        .map(|w| quote(w.as_ref()))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(s: &str) -> Vec<String> {
        split(s).unwrap()
    }

    #[test]
    fn plain_words() {
        assert_eq!(
            sp("  cc -c  a.c\t-o a.o\n"),
            ["cc", "-c", "a.c", "-o", "a.o"]
        );
        assert!(sp("").is_empty());
        assert!(sp("   ").is_empty());
    }

    #[test]
    fn quotes_and_escapes() {
        assert_eq!(sp(r#"-DNAME=\"x\""#), [r#"-DNAME="x""#]);
        assert_eq!(
            sp(r#"'-DA=b c' "-DB=\"q\" \$x \n""#),
            ["-DA=b c", "-DB=\"q\" $x \\n"]
        );
        assert_eq!(sp(r"a\ b c"), ["a b", "c"]);
        assert_eq!(sp("a\\\nb"), ["ab"]);
        assert_eq!(sp(r#"x''y "" ''"#), ["xy", "", ""]);
        assert_eq!(sp(r#"-DS='"it'\''s"'"#), [r#"-DS="it's""#]);
        assert_eq!(sp("a # comment\nb"), ["a", "b"]);
        assert_eq!(sp("a#b"), ["a#b"]);
    }

    #[test]
    fn errors() {
        assert!(split("'abc").is_err());
        assert!(split("\"abc").is_err());
        assert!(split("\"abc\\").is_err());
        assert!(split("abc\\").is_err());
    }

    #[test]
    fn quote_round_trips() {
        for w in [
            "plain",
            "",
            "a b",
            "it's",
            "-DX=\"y\"",
            "$HOME",
            "a\\b",
            "ü",
        ] {
            assert_eq!(sp(&quote(w)), [w], "{w}");
        }
        assert_eq!(join(["clang", "-DA=b c"]), "clang '-DA=b c'");
    }
}
