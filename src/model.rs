//! Everything the components need after the page has been read and analyzed. Built once;
//! components share it through an `Rc`.

use crate::dom::ArticleText;
use newsgloss_core::FastHashMap as HashMap;
use newsgloss_core::{Analysis, Lang};
use web_sys::Element;

pub struct Model {
    pub analysis: Analysis,
    /// The article text after wrapping (same characters; fresh nodes) for passage ranges.
    pub article_text: ArticleText,
    pub article: Element,
    /// The shadow-root container of cards and highlights.
    pub ui_host: Element,
    /// The shadow-root container inside the inline timeline, when there is one.
    pub timeline_root: Option<Element>,
    pub hover_delay_ms: u32,
    ids: HashMap<String, usize>,
}

impl Model {
    pub fn new(
        analysis: Analysis,
        article_text: ArticleText,
        article: Element,
        ui_host: Element,
        timeline_root: Option<Element>,
        hover_delay_ms: u32,
    ) -> Model {
        let ids = analysis
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        Model {
            analysis,
            article_text,
            article,
            ui_host,
            timeline_root,
            hover_delay_ms,
            ids,
        }
    }

    pub fn entity_index(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }

    pub fn dir(&self) -> &'static str {
        match self.analysis.lang {
            Lang::Ar => "rtl",
            Lang::En => "ltr",
        }
    }
}

/// Components compare models by identity: there is one per page.
impl PartialEq for Model {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}
