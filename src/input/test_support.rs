//! What the site readers' tests share: reading a paste with one reader alone, and the
//! checks nearly every reader's test makes of what it read (the role of each line, the
//! title and author the page names, a broken paste read without a panic).
//!
//! In: a paste's paragraphs and a reader (`read_page`, `read_thread`, …). Out: the
//! reader's [`Chrome`], or a failed assertion that points at the test's own line.

use super::chrome::{Chrome, Role};

/// A site reader: sets the roles of a paste's paragraphs it takes for its site's.
pub(crate) type Reader = fn(&[&str], &mut Chrome);

impl Chrome {
    /// What one site's reader makes of `texts`, alone.
    pub(crate) fn read_by(texts: &[&str], reader: Reader) -> Chrome {
        let mut chrome = Chrome::all_story(texts.len());
        reader(texts, &mut chrome);
        chrome
    }

    /// Whether every paragraph is still read as story.
    pub(crate) fn is_all_story(&self) -> bool {
        self.roles.iter().all(|role| *role == Role::Story)
    }

    /// Checks the role of each paragraph; the chrome, for the checks that follow.
    #[track_caller]
    pub(crate) fn assert_roles(self, roles: &[Role]) -> Chrome {
        assert_eq!(self.roles, roles);
        self
    }

    /// Checks the title the page names; the chrome, for the checks that follow.
    #[track_caller]
    pub(crate) fn assert_title(self, title: &str) -> Chrome {
        assert_eq!(self.title.as_deref(), Some(title));
        self
    }

    /// Checks the author the page names; the chrome, for the checks that follow.
    #[track_caller]
    pub(crate) fn assert_author(self, author: &str) -> Chrome {
        assert_eq!(self.author.as_deref(), Some(author));
        self
    }

    /// Reads a broken paste (a site's marks with little or nothing between them), which
    /// must not panic and must leave a role for each paragraph: where a reader indexes
    /// past what it found, a short paste is what breaks it.
    #[track_caller]
    pub(crate) fn assert_reads_broken(texts: &[&str], reader: Reader) {
        assert_eq!(Chrome::read_by(texts, reader).roles.len(), texts.len());
    }
}
