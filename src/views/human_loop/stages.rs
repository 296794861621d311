//! The six stages of the source diagram "Human with AI", and what the diagram says of each.

/// The six stages of the diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Stage {
    Experience,
    Thought,
    Action,
    Learning,
    Reasoning,
    Inference,
}

impl Stage {
    pub(super) const ALL: [Self; 6] = [
        Self::Experience,
        Self::Thought,
        Self::Action,
        Self::Learning,
        Self::Reasoning,
        Self::Inference,
    ];

    pub(super) fn id(self) -> &'static str {
        match self {
            Self::Experience => "experience",
            Self::Thought => "thought",
            Self::Action => "action",
            Self::Learning => "learning",
            Self::Reasoning => "reasoning",
            Self::Inference => "inference",
        }
    }

    pub(super) fn label(self) -> &'static str {
        match self {
            Self::Experience => "Experience",
            Self::Thought => "Thought",
            Self::Action => "Action",
            Self::Learning => "Learning",
            Self::Reasoning => "Reasoning",
            Self::Inference => "Inference",
        }
    }

    /// What the source diagram says of it.
    pub(super) fn source_words(self) -> &'static str {
        match self {
            Self::Experience => "Collecting various experiences and information.",
            Self::Thought => "Thinking and judging by combining emotions, logic and intuition.",
            Self::Action => "Executing final decisions.",
            Self::Learning => "Learning from databases and patterns.",
            Self::Reasoning => "Analyzing and judging through algorithms and calculations.",
            Self::Inference => "Deriving results based on statistics and probabilities.",
        }
    }

    /// Where its box sits: (x, y) of the top-left corner in the diagram's 900 × 360 box.
    pub(super) fn position(self) -> (f64, f64) {
        let column = match self {
            Self::Experience | Self::Learning => 0.0,
            Self::Thought | Self::Reasoning => 1.0,
            Self::Action | Self::Inference => 2.0,
        };
        let row = match self {
            Self::Experience | Self::Thought | Self::Action => 40.0,
            _ => 250.0,
        };
        (40.0 + column * 300.0, row)
    }

    pub(super) fn is_human(self) -> bool {
        matches!(self, Self::Experience | Self::Thought | Self::Action)
    }
}
