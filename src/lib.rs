//! The newsgloss widget (stub).
