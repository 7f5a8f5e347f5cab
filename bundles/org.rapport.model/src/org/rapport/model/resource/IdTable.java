/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.resource;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/**
 * The two id maps of a plan resource ({@code idToEObjectMap} and {@code eObjectToIDMap} of EMF's
 * {@code XMLResourceImpl}) in one compact table, with the maps' own semantics: each is a map of its own, which
 * {@code setID} keeps inverse to the other.
 * <p>
 * Why (issue 17): a plan holds about eleven ids per contact. With two {@code HashMap}s every id cost about 140 bytes
 * (its string and two map nodes), a quarter of the loaded plan's heap; and EMF's time-based UUIDs differ in a few
 * leading characters only, so half of them share their {@code String.hashCode} with another (109,270 ids of the 10k
 * plan have 55,297 hash codes), which made lookups walk tree bins. Here an id of EMF's UUID form ({@code _} and 22
 * base-64 digits) is kept as its 128 bits and hashed from them, any other id as its string; an object is hashed by
 * its identity. The strings {@code getID} returns are made on demand.
 * </p>
 * Not thread-safe, like the maps it replaces. A reader in another thread (a copy of the plan made in the background
 * while it is edited, which starts again when the plan changed under it) may miss an id being changed, or read a
 * wrong one while another is taken out, as with a {@code HashMap}, but gets no exception: lookups read each array
 * once and check their bounds. {@link RapportResource#idReadStamp()} tells such a reader whether ids changed.
 */
final class IdTable {

	private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"; //$NON-NLS-1$
	private static final byte[] VALUES = new byte[128];
	static {
		Arrays.fill(VALUES, (byte) -1);
		for (int i = 0; i < DIGITS.length(); i++) {
			VALUES[DIGITS.charAt(i)] = (byte) i;
		}
	}
	private static final int UUID_LENGTH = 23;

	/* the pairs: an object and its id (128 bits, or a string in plain[] for an id of another form) */
	private EObject[] objects = new EObject[16];
	private long[] high = new long[16];
	private long[] low = new long[16];
	private String[] plain;
	/* which indexes point to a pair: IN_OBJECTS, IN_IDS */
	private byte[] indexed = new byte[16];
	private int count;

	private static final byte IN_OBJECTS = 1;
	private static final byte IN_IDS = 2;

	/*
	 * open addressing, linear probing; slot s is two ints: [2s] the pair index + 1 (0: empty), [2s + 1] the key's
	 * hash, so that a probe compares hashes in the index before it reads a pair
	 */
	private int[] byObject = new int[2 * 32];
	private int[] byId = new int[2 * 32];
	private int objectKeys;
	private int idKeys;

	private final Map<String, EObject> idToObject = new IdToObject();
	private final Map<EObject, String> objectToId = new ObjectToId();

	/** The map from ids to objects. */
	Map<String, EObject> idToObject() {
		return idToObject;
	}

	/** The map from objects to their ids. */
	Map<EObject, String> objectToId() {
		return objectToId;
	}

	/**
	 * What EMF's {@code setID} does with the two maps, in one step when neither the object nor the id has a pair yet
	 * (every object of a plan being loaded).
	 */
	void set(EObject object, String id) {
		if (id != null && findObject(object) < 0) {
			Key key = new Key(id);
			if (findId(key) < 0) {
				int pair = add(object, key);
				indexObject(pair);
				indexId(pair);
				return;
			}
		}
		String old = id != null ? putObject(object, id) : removeObject(object);
		if (old != null) {
			removeId(old);
		}
		if (id != null) {
			putId(id, object);
		}
	}

	/**
	 * Whether the object has an id that maps back to it, so that EMF's {@code attachedHelper} (which puts the object's id
	 * in the id map again) would change nothing.
	 */
	boolean isMappedBothWays(EObject object) {
		int pair = findObject(object);
		return pair >= 0 && isIdIndexed(pair);
	}

	/* ---- ids ---- */

	/** A parsed id: its bits, or (for an id of another form) its string with a hash in {@code high}. */
	private static final class Key {
		long high;
		long low;
		String plain;

		Key(String id) {
			if (!decode(id)) {
				plain = id;
				long h = 0xcbf29ce484222325L;
				for (int i = 0; i < id.length(); i++) {
					h = (h ^ id.charAt(i)) * 0x100000001b3L;
				}
				high = h;
				low = 0;
			}
		}

		private boolean decode(String id) {
			if (id.length() != UUID_LENGTH || id.charAt(0) != '_') {
				return false;
			}
			long h = 0;
			long l = 0;
			for (int i = 1; i < UUID_LENGTH - 1; i++) {
				int v = value(id.charAt(i));
				if (v < 0) {
					return false;
				}
				h = h << 6 | l >>> 58;
				l = l << 6 | v;
			}
			int last = value(id.charAt(UUID_LENGTH - 1));
			if (last < 0 || (last & 0xF) != 0) {
				// 22 digits hold 132 bits: a UUID leaves the last digit's low 4 bits empty
				return false;
			}
			high = h << 2 | l >>> 62;
			low = l << 2 | last >>> 4;
			return true;
		}

		private static int value(char c) {
			return c < 128 ? VALUES[c] : -1;
		}
	}

	private static String encode(long high, long low) {
		char[] chars = new char[UUID_LENGTH];
		chars[0] = '_';
		chars[UUID_LENGTH - 1] = DIGITS.charAt((int) (low & 3) << 4);
		long l = low >>> 2 | high << 62;
		long h = high >>> 2;
		for (int i = UUID_LENGTH - 2; i >= 1; i--) {
			chars[i] = DIGITS.charAt((int) (l & 63));
			l = l >>> 6 | h << 58;
			h >>>= 6;
		}
		return new String(chars);
	}

	private String idOf(int pair) {
		// arrays read once and bounds checked: see the class comment on readers in other threads
		String[] p = plain;
		long[] h = high;
		long[] l = low;
		if (p != null && pair < p.length && p[pair] != null) {
			return p[pair];
		}
		return pair < h.length && pair < l.length ? encode(h[pair], l[pair]) : null;
	}

	private boolean hasId(int pair, Key key) {
		String[] p = plain;
		String text = p != null && pair < p.length ? p[pair] : null;
		if (key.plain != null) {
			return key.plain.equals(text);
		}
		long[] h = high;
		long[] l = low;
		return text == null && pair < h.length && pair < l.length && h[pair] == key.high && l[pair] == key.low;
	}

	private static int mix(long h) {
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return (int) h;
	}

	private static int idHash(long high, long low) {
		return mix(high * 0x9E3779B97F4A7C15L + low);
	}

	private static int objectHash(Object object) {
		return mix(System.identityHashCode(object));
	}

	/* ---- the indexes ---- */

	/*
	 * A probe reads the pair only when the hash in the slot is the key's: in a table larger than the processor's caches
	 * each pair read is a miss, and a key that is not there yet (every id and object a load adds) used to read the
	 * pairs of all the slots of its cluster (issue 17).
	 */
	private int findId(Key key) {
		int[] index = byId;
		int mask = (index.length >> 1) - 1;
		int hash = idHash(key.high, key.low);
		for (int slot = hash & mask;; slot = slot + 1 & mask) {
			int pair = index[slot << 1] - 1;
			if (pair < 0) {
				return -1;
			}
			if (index[slot << 1 | 1] == hash && hasId(pair, key)) {
				return pair;
			}
		}
	}

	private int findObject(Object object) {
		int[] index = byObject;
		EObject[] known = objects;
		int mask = (index.length >> 1) - 1;
		int hash = objectHash(object);
		for (int slot = hash & mask;; slot = slot + 1 & mask) {
			int pair = index[slot << 1] - 1;
			if (pair < 0) {
				return -1;
			}
			if (index[slot << 1 | 1] == hash && pair < known.length && known[pair] == object) {
				return pair;
			}
		}
	}

	private boolean isIdIndexed(int pair) {
		return (indexed[pair] & IN_IDS) != 0;
	}

	private boolean isObjectIndexed(int pair) {
		return (indexed[pair] & IN_OBJECTS) != 0;
	}

	/** The slot of byId that points to this pair, or -1. */
	private int slotOfId(int pair) {
		return slotOf(byId, idHash(high[pair], low[pair]), pair);
	}

	private int slotOfObject(int pair) {
		return slotOf(byObject, objectHash(objects[pair]), pair);
	}

	private static int slotOf(int[] index, int hash, int pair) {
		int mask = (index.length >> 1) - 1;
		for (int slot = hash & mask;; slot = slot + 1 & mask) {
			int p = index[slot << 1] - 1;
			if (p < 0) {
				return -1;
			}
			if (p == pair) {
				return slot;
			}
		}
	}

	private void indexId(int pair) {
		if (full(idKeys + 1, byId.length >> 1)) {
			byId = rehash(byId);
		}
		insert(byId, idHash(high[pair], low[pair]), pair);
		indexed[pair] |= IN_IDS;
		idKeys++;
	}

	private void indexObject(int pair) {
		if (full(objectKeys + 1, byObject.length >> 1)) {
			byObject = rehash(byObject);
		}
		insert(byObject, objectHash(objects[pair]), pair);
		indexed[pair] |= IN_OBJECTS;
		objectKeys++;
	}

	/** Whether an index of this many slots holds too many keys: linear probing stays short up to two thirds full. */
	private static boolean full(int keys, int slots) {
		return keys * 3L > slots * 2L;
	}

	private static void insert(int[] index, int hash, int pair) {
		int mask = (index.length >> 1) - 1;
		int slot = hash & mask;
		while (index[slot << 1] != 0) {
			slot = slot + 1 & mask;
		}
		index[slot << 1] = pair + 1;
		index[slot << 1 | 1] = hash;
	}

	/** The index twice as large, from the hashes it holds: no pair is read. */
	private static int[] rehash(int[] index) {
		int[] grown = new int[index.length * 2];
		for (int slot = 0; slot < index.length; slot += 2) {
			if (index[slot] != 0) {
				insert(grown, index[slot + 1], index[slot] - 1);
			}
		}
		return grown;
	}

	/** Empties a slot, moving later entries of its cluster back (linear probing needs no tombstones then). */
	private static void unindex(int[] index, int slot) {
		int mask = (index.length >> 1) - 1;
		int hole = slot;
		index[hole << 1] = 0;
		for (int next = hole + 1 & mask; index[next << 1] != 0; next = next + 1 & mask) {
			int home = index[next << 1 | 1] & mask;
			// the entry may move into the hole unless its home lies cyclically in (hole, next]
			boolean stays = hole <= next ? hole < home && home <= next : hole < home || home <= next;
			if (!stays) {
				index[hole << 1] = index[next << 1];
				index[hole << 1 | 1] = index[next << 1 | 1];
				index[next << 1] = 0;
				hole = next;
			}
		}
	}

	private void unindexId(int pair) {
		unindex(byId, slotOfId(pair));
		indexed[pair] &= ~IN_IDS;
		idKeys--;
	}

	private void unindexObject(int pair) {
		unindex(byObject, slotOfObject(pair));
		indexed[pair] &= ~IN_OBJECTS;
		objectKeys--;
	}

	/* ---- the pairs ---- */

	private int add(EObject object, Key key) {
		if (count == objects.length) {
			int size = count + (count >> 1) + 1;
			objects = Arrays.copyOf(objects, size);
			high = Arrays.copyOf(high, size);
			low = Arrays.copyOf(low, size);
			indexed = Arrays.copyOf(indexed, size);
			if (plain != null) {
				plain = Arrays.copyOf(plain, size);
			}
		}
		objects[count] = object;
		indexed[count] = 0;
		high[count] = key.high;
		low[count] = key.low;
		if (key.plain != null) {
			if (plain == null) {
				plain = new String[objects.length];
			}
			plain[count] = key.plain;
		}
		return count++;
	}

	/** Drops a pair neither index points to; the last pair moves into its place. */
	private void free(int pair) {
		int last = count - 1;
		if (pair != last) {
			int idSlot = isIdIndexed(last) ? slotOfId(last) : -1;
			int objectSlot = isObjectIndexed(last) ? slotOfObject(last) : -1;
			objects[pair] = objects[last];
			high[pair] = high[last];
			low[pair] = low[last];
			indexed[pair] = indexed[last];
			if (plain != null) {
				plain[pair] = plain[last];
			}
			if (idSlot >= 0) {
				byId[idSlot << 1] = pair + 1;
			}
			if (objectSlot >= 0) {
				byObject[objectSlot << 1] = pair + 1;
			}
		}
		objects[last] = null;
		if (plain != null) {
			plain[last] = null;
		}
		count = last;
	}

	/** Maps the object to the id in objectToId; returns the object's previous id. */
	private String putObject(EObject object, String id) {
		Key key = new Key(id);
		int old = findObject(object);
		if (old >= 0 && hasId(old, key)) {
			return id;
		}
		String previous = old >= 0 ? idOf(old) : null;
		int pair = findId(key);
		if (pair < 0 || objects[pair] != object) {
			pair = add(object, key);
		}
		if (old >= 0) {
			unindexObject(old);
			if (!isIdIndexed(old)) {
				free(old);
				if (pair == count) {
					// the new pair was the last one: it moved into old's place
					pair = old;
				}
			}
		}
		indexObject(pair);
		return previous;
	}

	/** Maps the id to the object in idToObject; returns the id's previous object. */
	private EObject putId(String id, EObject object) {
		Key key = new Key(id);
		int old = findId(key);
		if (old >= 0 && objects[old] == object) {
			return object;
		}
		EObject previous = old >= 0 ? objects[old] : null;
		int pair = findObject(object);
		if (pair < 0 || !hasId(pair, key)) {
			pair = add(object, key);
		}
		if (old >= 0) {
			unindexId(old);
			if (!isObjectIndexed(old)) {
				free(old);
				if (pair == count) {
					pair = old;
				}
			}
		}
		indexId(pair);
		return previous;
	}

	private String removeObject(Object object) {
		int pair = findObject(object);
		if (pair < 0) {
			return null;
		}
		String id = idOf(pair);
		unindexObject(pair);
		if (!isIdIndexed(pair)) {
			free(pair);
		}
		return id;
	}

	private EObject removeId(Object id) {
		if (!(id instanceof String)) {
			return null;
		}
		int pair = findId(new Key((String) id));
		if (pair < 0) {
			return null;
		}
		EObject object = objects[pair];
		unindexId(pair);
		if (!isObjectIndexed(pair)) {
			free(pair);
		}
		return object;
	}

	/** Empties one of the maps; pairs the other one still holds stay. */
	private void clear(boolean ids) {
		byte in = ids ? IN_IDS : IN_OBJECTS;
		for (int pair = 0; pair < count; pair++) {
			indexed[pair] &= ~in;
		}
		if (ids) {
			byId = new int[2 * 32];
			idKeys = 0;
		} else {
			byObject = new int[2 * 32];
			objectKeys = 0;
		}
		// from the end, so that the pair free() moves into a hole has been looked at
		for (int pair = count - 1; pair >= 0; pair--) {
			if (!(ids ? isObjectIndexed(pair) : isIdIndexed(pair))) {
				free(pair);
			}
		}
		if (count == 0) {
			objects = new EObject[16];
			high = new long[16];
			low = new long[16];
			indexed = new byte[16];
			plain = null;
		}
	}

	/** Lets the pairs take no more room than they need (after a load, which grew them by half at a time). */
	void trim() {
		if (count < objects.length) {
			int size = Math.max(count, 16);
			objects = Arrays.copyOf(objects, size);
			high = Arrays.copyOf(high, size);
			low = Arrays.copyOf(low, size);
			indexed = Arrays.copyOf(indexed, size);
			if (plain != null) {
				plain = Arrays.copyOf(plain, size);
			}
		}
	}

	/** Walks the pairs one index points to; supports remove. */
	private abstract class PairIterator<E> implements Iterator<E> {
		private final boolean ids;
		private int next;
		private int current = -1;

		PairIterator(boolean ids) {
			this.ids = ids;
			next = advance(0);
		}

		private int advance(int from) {
			int pair = from;
			while (pair < count && !(ids ? isIdIndexed(pair) : isObjectIndexed(pair))) {
				pair++;
			}
			return pair;
		}

		@Override
		public boolean hasNext() {
			return next < count;
		}

		int nextPair() {
			if (next >= count) {
				throw new NoSuchElementException();
			}
			current = next;
			next = advance(next + 1);
			return current;
		}

		@Override
		public void remove() {
			if (current < 0) {
				throw new IllegalStateException();
			}
			int before = count;
			if (ids) {
				unindexId(current);
				if (!isObjectIndexed(current)) {
					free(current);
				}
			} else {
				unindexObject(current);
				if (!isIdIndexed(current)) {
					free(current);
				}
			}
			if (count < before && current < count) {
				// the last pair moved into the current one's place: look at it next
				next = advance(current);
			}
			current = -1;
		}
	}

	private final class IdToObject extends AbstractMap<String, EObject> {

		@Override
		public int size() {
			return idKeys;
		}

		@Override
		public boolean containsKey(Object key) {
			return key instanceof String && findId(new Key((String) key)) >= 0;
		}

		@Override
		public EObject get(Object key) {
			if (!(key instanceof String)) {
				return null;
			}
			int pair = findId(new Key((String) key));
			EObject[] known = objects;
			return pair < 0 || pair >= known.length ? null : known[pair];
		}

		@Override
		public EObject put(String key, EObject value) {
			if (key == null || value == null) {
				throw new NullPointerException();
			}
			return putId(key, value);
		}

		@Override
		public EObject remove(Object key) {
			return removeId(key);
		}

		@Override
		public void clear() {
			IdTable.this.clear(true);
		}

		@Override
		public Set<Entry<String, EObject>> entrySet() {
			return new AbstractSet<>() {
				@Override
				public int size() {
					return idKeys;
				}

				@Override
				public Iterator<Entry<String, EObject>> iterator() {
					return new PairIterator<>(true) {
						@Override
						public Entry<String, EObject> next() {
							int pair = nextPair();
							return new SimpleImmutableEntry<>(idOf(pair), objects[pair]);
						}
					};
				}
			};
		}
	}

	private final class ObjectToId extends AbstractMap<EObject, String> {

		@Override
		public int size() {
			return objectKeys;
		}

		@Override
		public boolean containsKey(Object key) {
			return findObject(key) >= 0;
		}

		@Override
		public String get(Object key) {
			int pair = findObject(key);
			return pair < 0 ? null : idOf(pair);
		}

		@Override
		public String put(EObject key, String value) {
			if (key == null || value == null) {
				throw new NullPointerException();
			}
			return putObject(key, value);
		}

		@Override
		public String remove(Object key) {
			return removeObject(key);
		}

		@Override
		public void clear() {
			IdTable.this.clear(false);
		}

		@Override
		public Set<Entry<EObject, String>> entrySet() {
			return new AbstractSet<>() {
				@Override
				public int size() {
					return objectKeys;
				}

				@Override
				public Iterator<Entry<EObject, String>> iterator() {
					return new PairIterator<>(false) {
						@Override
						public Entry<EObject, String> next() {
							int pair = nextPair();
							return new SimpleImmutableEntry<>(objects[pair], idOf(pair));
						}
					};
				}
			};
		}
	}
}
