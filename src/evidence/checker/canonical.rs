//! JSON written the same way on every machine and with every Rust release: keys sorted, and a
//! fingerprint of it. Used for the review snapshot and the generated schema files, which are
//! committed and compared byte for byte.

use serde::Serialize;
use serde_json::{Map, Value};

/// The same JSON value with the keys of every object in sorted order. serde_json keeps keys
/// in insertion order when any crate in the build enables its `preserve_order` feature, so
/// sorting here keeps the output independent of what else is compiled in.
pub fn sorted_keys(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            let mut sorted = Map::new();
            for (key, value) in entries {
                sorted.insert(key, sorted_keys(value));
            }
            Value::Object(sorted)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted_keys).collect()),
        other => other,
    }
}

/// Compact JSON of `record` with sorted keys: equal records give equal text, however the file
/// that held them was laid out.
pub fn canonical_json<T: Serialize>(record: &T) -> String {
    let value = serde_json::to_value(record).expect("the model serialises to JSON");
    serde_json::to_string(&sorted_keys(value)).expect("a JSON value serialises")
}

/// A short, stable fingerprint of a record's content: 64-bit FNV-1a over its canonical JSON,
/// as 16 hex digits. Not for security; std's `DefaultHasher` would do but may change between
/// Rust releases, which would make every record look changed.
pub fn fingerprint<T: Serialize>(record: &T) -> String {
    format!("{:016x}", fnv1a(canonical_json(record).as_bytes()))
}

/// 64-bit FNV-1a (Fowler–Noll–Vo), from its published offset basis and prime.
fn fnv1a(bytes: &[u8]) -> u64 {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes.iter().fold(OFFSET_BASIS, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(PRIME)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fnv1a_matches_the_published_test_vectors() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn key_order_does_not_change_the_fingerprint() {
        let one = json!({"b": 1, "a": {"d": [1, 2], "c": null}});
        let other = json!({"a": {"c": null, "d": [1, 2]}, "b": 1});
        assert_eq!(fingerprint(&one), fingerprint(&other));
        assert_eq!(canonical_json(&one), r#"{"a":{"c":null,"d":[1,2]},"b":1}"#);
    }

    #[test]
    fn any_change_of_content_changes_the_fingerprint() {
        let one = json!({"a": [1, 2]});
        let other = json!({"a": [2, 1]});
        assert_ne!(fingerprint(&one), fingerprint(&other));
        assert_eq!(fingerprint(&one).len(), 16);
    }
}
