//! [`SortedMap`]: the string-keyed maps of the options and the ad model.

use std::fmt;

/// A map from string keys to values, sorted by key: the per-rule severities and length limits
/// of [`Options`](crate::Options) and the texts per language of a
/// [`Localized`](crate::Localized).
///
/// It behaves like a `BTreeMap<String, V>` (unique keys, iteration in key order, `insert`
/// replaces the value) and has the methods of one that these maps need. It is a sorted `Vec`:
/// these maps hold a few entries, and each `BTreeMap` value type cost about 1.5 KB of the
/// gzipped WebAssembly module.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SortedMap<V> {
    entries: Vec<(String, V)>,
}

impl<V> SortedMap<V> {
    /// An empty map.
    pub const fn new() -> Self {
        SortedMap { entries: Vec::new() }
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the map has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Where `key` is (`Ok`) or would be inserted (`Err`).
    fn search(&self, key: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.search(key).ok().and_then(|i| self.entries.get(i)).map(|e| &e.1)
    }

    /// The value of `key`, to change it.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.search(key).ok().and_then(|i| self.entries.get_mut(i)).map(|e| &mut e.1)
    }

    /// Whether the map has `key`.
    pub fn contains_key(&self, key: &str) -> bool {
        self.search(key).is_ok()
    }

    /// Sets the value of `key`; returns the value it had.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        match self.search(&key) {
            Ok(i) => self.entries.get_mut(i).map(|e| std::mem::replace(&mut e.1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    /// Removes `key`; returns its value.
    pub fn remove(&mut self, key: &str) -> Option<V> {
        self.search(key).ok().map(|i| self.entries.remove(i).1)
    }

    /// The entries in key order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&String, &V)> + ExactSizeIterator {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The keys in order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &String> + ExactSizeIterator {
        self.entries.iter().map(|(k, _)| k)
    }

    /// The values in key order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.entries.iter().map(|(_, v)| v)
    }
}

impl<V> Default for SortedMap<V> {
    fn default() -> Self {
        SortedMap::new()
    }
}

impl<V: fmt::Debug> fmt::Debug for SortedMap<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<V> Extend<(String, V)> for SortedMap<V> {
    fn extend<I: IntoIterator<Item = (String, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

/// Like `BTreeMap`'s: of entries with the same key, the last one's value stays.
impl<V> FromIterator<(String, V)> for SortedMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> Self {
        let mut map = SortedMap::new();
        map.extend(iter);
        map
    }
}

impl<K: Into<String>, V, const N: usize> From<[(K, V); N]> for SortedMap<V> {
    fn from(entries: [(K, V); N]) -> Self {
        entries.into_iter().map(|(k, v)| (k.into(), v)).collect()
    }
}

impl<V> IntoIterator for SortedMap<V> {
    type Item = (String, V);
    type IntoIter = std::vec::IntoIter<(String, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'a, V> IntoIterator for &'a SortedMap<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (String, V)>, fn(&'a (String, V)) -> (&'a String, &'a V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

#[cfg(test)]
mod tests {
    use super::SortedMap;
    use std::collections::BTreeMap;

    #[test]
    fn behaves_like_a_btreemap() {
        let ops = [("b", 1), ("a", 2), ("c", 3), ("b", 4), ("", 5), ("aa", 6), ("a", 7)];
        let mut ours = SortedMap::new();
        let mut std = BTreeMap::new();
        for (k, v) in ops {
            assert_eq!(ours.insert(k.to_owned(), v), std.insert(k.to_owned(), v));
            assert_eq!(ours.iter().collect::<Vec<_>>(), std.iter().collect::<Vec<_>>());
        }
        assert_eq!((ours.len(), ours.is_empty()), (std.len(), std.is_empty()));
        for k in ["a", "b", "x", ""] {
            assert_eq!(ours.get(k), std.get(k));
            assert_eq!(ours.contains_key(k), std.contains_key(k));
        }
        assert_eq!(ours.keys().collect::<Vec<_>>(), std.keys().collect::<Vec<_>>());
        assert_eq!(ours.values().collect::<Vec<_>>(), std.values().collect::<Vec<_>>());
        assert_eq!(format!("{ours:?}"), format!("{std:?}"));
        assert_eq!(ours.remove("b"), std.remove("b"));
        assert_eq!(ours.remove("b"), None);
        let collected: SortedMap<i32> = ops.iter().map(|(k, v)| (k.to_string(), *v)).collect();
        let std_collected: BTreeMap<String, i32> = ops.iter().map(|(k, v)| (k.to_string(), *v)).collect();
        assert_eq!(collected.into_iter().collect::<Vec<_>>(), std_collected.into_iter().collect::<Vec<_>>());
        assert_eq!(SortedMap::from([("y", 1), ("x", 2)]).keys().collect::<Vec<_>>(), ["x", "y"]);
    }
}
