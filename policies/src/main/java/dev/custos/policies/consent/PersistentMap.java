package dev.custos.policies.consent;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * An immutable hash map whose {@link #put} returns a new map that shares all but one path with the
 * old one: a hash array mapped trie (Bagwell, "Ideal Hash Trees", 2001) of 32-way nodes. A consent
 * view keeps the subjects changed since its last fold here, so that each new event costs O(log32 n)
 * time and space instead of a copy of every subject. Keys and values are never null; nothing is
 * ever removed, because the ledger only grows.
 */
final class PersistentMap<K, V> {

  private static final PersistentMap<?, ?> EMPTY = new PersistentMap<>(null, 0);
  private static final int BITS = 5;
  private static final int MASK = 31;
  // At this shift all 32 hash bits have been used: keys still together share their whole hash.
  private static final int LAST_SHIFT = 30;

  private final Object root;
  private final int size;

  private PersistentMap(Object root, int size) {
    this.root = root;
    this.size = size;
  }

  @SuppressWarnings("unchecked")
  static <K, V> PersistentMap<K, V> empty() {
    return (PersistentMap<K, V>) EMPTY;
  }

  int size() {
    return size;
  }

  /** The value for the key, or {@code null}. */
  @SuppressWarnings("unchecked")
  V get(Object key) {
    int hash = hash(key);
    Object node = root;
    int shift = 0;
    while (node instanceof Branch branch) {
      int bit = 1 << ((hash >>> shift) & MASK);
      if ((branch.bitmap & bit) == 0) {
        return null;
      }
      int slot = 2 * Integer.bitCount(branch.bitmap & (bit - 1));
      Object slotKey = branch.slots[slot];
      Object slotValue = branch.slots[slot + 1];
      if (slotKey == null) {
        node = slotValue;
        shift += BITS;
      } else {
        return key.equals(slotKey) ? (V) slotValue : null;
      }
    }
    return node == null ? null : (V) ((Collision) node).get(key);
  }

  /** A map with the key mapped to the value; this map itself if it already maps them so. */
  PersistentMap<K, V> put(K key, V value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    int hash = hash(key);
    if (root == null) {
      return new PersistentMap<>(Branch.single(hash, key, value), 1);
    }
    boolean added = get(key) == null;
    Object newRoot = put(root, 0, hash, key, value);
    return newRoot == root ? this : new PersistentMap<>(newRoot, added ? size + 1 : size);
  }

  /** Whether every entry satisfies the test; stops at the first that does not. */
  boolean allMatch(BiPredicate<? super K, ? super V> test) {
    return root == null || allMatch(root, test);
  }

  @SuppressWarnings("unchecked")
  private boolean allMatch(Object node, BiPredicate<? super K, ? super V> test) {
    Object[] slots = node instanceof Branch branch ? branch.slots : ((Collision) node).slots;
    for (int i = 0; i < slots.length; i += 2) {
      boolean matches =
          slots[i] == null
              ? allMatch(slots[i + 1], test)
              : test.test((K) slots[i], (V) slots[i + 1]);
      if (!matches) {
        return false;
      }
    }
    return true;
  }

  private static Object put(Object node, int shift, int hash, Object key, Object value) {
    if (node instanceof Collision collision) {
      return collision.with(key, value);
    }
    Branch branch = (Branch) node;
    int bit = 1 << ((hash >>> shift) & MASK);
    int slot = 2 * Integer.bitCount(branch.bitmap & (bit - 1));
    if ((branch.bitmap & bit) == 0) {
      return branch.inserted(bit, slot, key, value);
    }
    Object slotKey = branch.slots[slot];
    Object slotValue = branch.slots[slot + 1];
    if (slotKey == null) {
      Object child = put(slotValue, shift + BITS, hash, key, value);
      return child == slotValue ? branch : branch.replaced(slot, null, child);
    }
    if (key.equals(slotKey)) {
      return slotValue == value ? branch : branch.replaced(slot, slotKey, value);
    }
    Object pair = pair(shift + BITS, hash(slotKey), slotKey, slotValue, hash, key, value);
    return branch.replaced(slot, null, pair);
  }

  private static Object pair(
      int shift, int hash1, Object k1, Object v1, int hash2, Object k2, Object v2) {
    if (shift > LAST_SHIFT) {
      return new Collision(new Object[] {k1, v1, k2, v2});
    }
    int index1 = (hash1 >>> shift) & MASK;
    int index2 = (hash2 >>> shift) & MASK;
    if (index1 == index2) {
      return new Branch(
          1 << index1, new Object[] {null, pair(shift + BITS, hash1, k1, v1, hash2, k2, v2)});
    }
    Object[] slots =
        index1 < index2 ? new Object[] {k1, v1, k2, v2} : new Object[] {k2, v2, k1, v1};
    return new Branch((1 << index1) | (1 << index2), slots);
  }

  /** Spreads the key's hash so that the low bits, used first, depend on all of them. */
  private static int hash(Object key) {
    int h = key.hashCode();
    h ^= h >>> 16;
    h *= 0x45d9f3b;
    return h ^ (h >>> 16);
  }

  /**
   * A trie node: for each set bit of the bitmap, two slots, a key and its value, or {@code null}
   * and a child node.
   */
  private static final class Branch {

    final int bitmap;
    final Object[] slots;

    Branch(int bitmap, Object[] slots) {
      this.bitmap = bitmap;
      this.slots = slots;
    }

    static Branch single(int hash, Object key, Object value) {
      return new Branch(1 << (hash & MASK), new Object[] {key, value});
    }

    Branch inserted(int bit, int slot, Object key, Object value) {
      Object[] grown = new Object[slots.length + 2];
      System.arraycopy(slots, 0, grown, 0, slot);
      grown[slot] = key;
      grown[slot + 1] = value;
      System.arraycopy(slots, slot, grown, slot + 2, slots.length - slot);
      return new Branch(bitmap | bit, grown);
    }

    Branch replaced(int slot, Object key, Object value) {
      Object[] copy = slots.clone();
      copy[slot] = key;
      copy[slot + 1] = value;
      return new Branch(bitmap, copy);
    }
  }

  /** Keys whose whole hashes are equal, as key-value pairs. */
  private static final class Collision {

    final Object[] slots;

    Collision(Object[] slots) {
      this.slots = slots;
    }

    Object get(Object key) {
      for (int i = 0; i < slots.length; i += 2) {
        if (key.equals(slots[i])) {
          return slots[i + 1];
        }
      }
      return null;
    }

    Collision with(Object key, Object value) {
      for (int i = 0; i < slots.length; i += 2) {
        if (key.equals(slots[i])) {
          if (slots[i + 1] == value) {
            return this;
          }
          Object[] copy = slots.clone();
          copy[i + 1] = value;
          return new Collision(copy);
        }
      }
      Object[] grown = Arrays.copyOf(slots, slots.length + 2);
      grown[slots.length] = key;
      grown[slots.length + 1] = value;
      return new Collision(grown);
    }
  }
}
