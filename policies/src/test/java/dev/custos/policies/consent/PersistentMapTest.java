package dev.custos.policies.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PersistentMapTest {

  /** A key whose hash the test chooses, to force collisions at every depth of the trie. */
  private record Key(int hash, int name) {
    @Override
    public int hashCode() {
      return hash;
    }
  }

  private record Put(Key key, int value) {}

  @Provide
  Arbitrary<List<Put>> puts() {
    Arbitrary<Integer> hashes =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers(),
            Arbitraries.of(0x4000_0000, 0xC000_0000, 0x8000_0001, 0x0000_0021));
    Arbitrary<Key> keys =
        Combinators.combine(hashes, Arbitraries.integers().between(0, 4)).as(Key::new);
    return Combinators.combine(keys, Arbitraries.integers().between(0, 9))
        .as(Put::new)
        .list()
        .ofMaxSize(200);
  }

  @Property
  void behavesLikeAHashMap(@ForAll("puts") List<Put> puts) {
    PersistentMap<Key, Integer> map = PersistentMap.empty();
    Map<Key, Integer> model = new HashMap<>();
    for (Put put : puts) {
      map = map.put(put.key(), put.value());
      model.put(put.key(), put.value());
    }

    assertThat(map.size()).isEqualTo(model.size());
    for (Map.Entry<Key, Integer> entry : model.entrySet()) {
      assertThat(map.get(entry.getKey())).isEqualTo(entry.getValue());
    }
    assertThat(map.get(new Key(1, 99))).isNull();
    Map<Key, Integer> seen = new HashMap<>();
    assertThat(map.allMatch((key, value) -> seen.put(key, value) == null)).isTrue();
    assertThat(seen).isEqualTo(model);
  }

  @Property
  void olderVersionsNeverChange(@ForAll("puts") List<Put> puts) {
    PersistentMap<Key, Integer> map = PersistentMap.empty();
    Map<Key, Integer> model = new HashMap<>();
    for (Put put : puts) {
      PersistentMap<Key, Integer> before = map;
      Map<Key, Integer> modelBefore = Map.copyOf(model);
      map = map.put(put.key(), put.value());
      model.put(put.key(), put.value());

      assertThat(before.size()).isEqualTo(modelBefore.size());
      assertThat(before.get(put.key())).isEqualTo(modelBefore.get(put.key()));
    }
  }
}
