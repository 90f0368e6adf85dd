//! `invisibles serve`: the documentary over SSH, one follower per
//! participant's connection. Everything asynchronous (tokio, russh) stays in
//! this module; the core it drives is synchronous.

pub mod keys;
