pub mod use_card_events;
