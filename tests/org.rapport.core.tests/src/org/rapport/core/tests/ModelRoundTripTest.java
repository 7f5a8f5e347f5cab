/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.store.PlanStore;
import org.rapport.model.contacts.PartialDate;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportPackage;
import org.rapport.model.resource.RapportResource;

/**
 * Every class and every persistent feature of the model survives save and load, generically: the test
 * walks {@link RapportPackage} reflectively, so a feature added to the model is covered without touching it
 * (and a new data type makes it fail until a value generator is added).
 */
class ModelRoundTripTest {

	private static final long BASE_TIME = 1_767_225_600_123L; // 2026-01-01T00:00:00.123Z

	@TempDir
	Path dir;

	private int counter;

	@Test
	void everyClassAndEveryPersistentFeatureRoundTrips() throws Exception {
		PlanStore store = new PlanStore();
		NetworkingPlan plan = buildFullPlan();
		Path file = dir.resolve("full.rapport");
		store.save(plan, file);

		NetworkingPlan loaded = store.load(file);

		EcoreUtil.EqualityHelper equality = new ArrayEquality();
		assertTrue(equality.equals(plan, loaded), "the loaded plan equals the saved one");

		// every object kept its xmi:id, and every object has one
		XMLResource original = (XMLResource) plan.eResource();
		XMLResource reloaded = (XMLResource) loaded.eResource();
		for (EObject object : all(plan)) {
			String id = original.getID(object);
			assertNotNull(id, () -> "no xmi:id for " + object.eClass().getName());
			EObject twin = equality.get(object);
			assertNotNull(twin);
			assertEquals(id, reloaded.getID(twin), () -> "xmi:id of " + object.eClass().getName());
		}

		// every persistent feature is still set after loading
		for (EObject object : all(loaded)) {
			for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
				if (isPersistent(feature) && !(feature instanceof EReference && ((EReference) feature).isContainment())) {
					assertTrue(object.eIsSet(feature),
							() -> object.eClass().getName() + "." + feature.getName() + " is set after loading");
				}
			}
		}

		// a second save of the loaded plan writes the very same bytes: ids, order and format are stable
		Path second = dir.resolve("second.rapport");
		store.save(loaded, second);
		assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(second),
				"saving a loaded plan again gives an identical file");
		NetworkingPlan third = store.load(second);
		EcoreUtil.EqualityHelper again = new ArrayEquality();
		assertTrue(again.equals(loaded, third));
		for (EObject object : all(loaded)) {
			assertEquals(reloaded.getID(object), ((XMLResource) third.eResource()).getID(again.get(object)));
		}
	}

	@Test
	void everyConcreteClassAndPersistentFeatureIsExercised() throws Exception {
		NetworkingPlan plan = buildFullPlan();
		Set<EClass> seen = new HashSet<>();
		for (EObject object : all(plan)) {
			seen.add(object.eClass());
		}
		for (EClassifier classifier : RapportPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass && !((EClass) classifier).isAbstract()
					&& !((EClass) classifier).isInterface()) {
				assertTrue(seen.contains(classifier), () -> "an instance of " + classifier.getName());
				for (EStructuralFeature feature : ((EClass) classifier).getEAllStructuralFeatures()) {
					if (isPersistent(feature)) {
						boolean setSomewhere = all(plan).stream()
								.anyMatch(o -> o.eClass() == classifier && o.eIsSet(feature));
						assertTrue(setSomewhere, () -> classifier.getName() + "." + feature.getName() + " is set");
					}
				}
			}
		}
	}

	@Test
	void transientOppositesAreRestoredAfterLoading() throws Exception {
		PlanStore store = new PlanStore();
		NetworkingPlan plan = buildFullPlan();
		Path file = dir.resolve("opposites.rapport");
		store.save(plan, file);
		String text = Files.readString(file);
		NetworkingPlan loaded = store.load(file);

		int checked = 0;
		for (EClassifier classifier : RapportPackage.eINSTANCE.getEClassifiers()) {
			if (!(classifier instanceof EClass)) {
				continue;
			}
			for (EReference reference : ((EClass) classifier).getEReferences()) {
				if (!reference.isTransient() || reference.getEOpposite() == null || reference.isDerived()) {
					continue;
				}
				checked++;
				// the transient side is not written (checked where its name is not also a persistent feature) ...
				if (!persistentFeatureNames().contains(reference.getName())) {
					assertFalse(text.contains(" " + reference.getName() + "=\""),
							() -> reference.getName() + " is transient and must not be written");
				}
				// ... and is rebuilt from the persistent side when loading
				EReference opposite = reference.getEOpposite();
				boolean nonEmptySomewhere = false;
				for (EObject object : all(loaded)) {
					if (!reference.getEContainingClass().isInstance(object)) {
						continue;
					}
					Set<EObject> expected = new LinkedHashSet<>();
					for (EObject other : all(loaded)) {
						if (opposite.getEContainingClass().isInstance(other) && values(other, opposite).contains(object)) {
							expected.add(other);
						}
					}
					Set<EObject> actual = new LinkedHashSet<>(values(object, reference));
					assertEquals(expected, actual, () -> classifier.getName() + "." + reference.getName());
					nonEmptySomewhere |= !actual.isEmpty();
				}
				assertTrue(nonEmptySomewhere, () -> classifier.getName() + "." + reference.getName() + " is restored");
			}
		}
		assertTrue(checked >= 7, "the model has transient opposites (Contact.interactions etc.), found " + checked);
	}

	@Test
	void fileIsXmi20InUtf8WithSchemaLocation() throws Exception {
		PlanStore store = new PlanStore();
		Path file = dir.resolve("format.rapport");
		store.save(buildFullPlan(), file);
		String text = Files.readString(file);
		assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), text.substring(0, 60));
		assertTrue(text.contains("xmi:version=\"2.0\""));
		assertTrue(text.contains("xmlns:rapport=\"" + PlanFixtures.NS + "\""));
		assertTrue(text.contains("xsi:schemaLocation=\"" + PlanFixtures.NS + " " + RapportResource.DEFAULT_ECORE_LOCATION + "\""),
				"schema location of the ecore");
		assertTrue(text.contains("xmi:id=\""));
		assertFalse(text.contains("\r"), "\\n line ends only");
		assertTrue(text.contains("Ünïcødé ✓ 😀"), "non-ASCII text is written as UTF-8, not as character references");
		// derived values are computed, never stored
		assertFalse(text.contains(" progress=\""));
		assertFalse(text.contains(" overdue=\""));
		// start tags are wrapped attribute by attribute instead of running on forever
		long longLines = text.lines().filter(l -> l.length() > 400).count();
		assertEquals(0, longLines, () -> "no line longer than 400 characters: "
				+ text.lines().filter(l -> l.length() > 400).findFirst().orElse(""));
		// the result is well-formed, namespace-correct XML
		PlanFixtures.parse(Files.readAllBytes(file));
	}

	// ---------------------------------------------------------------------------------------------------
	// building a plan that uses everything

	private NetworkingPlan buildFullPlan() {
		Map<EClass, List<EObject>> pool = new LinkedHashMap<>();
		NetworkingPlan plan = (NetworkingPlan) create(RapportPackage.Literals.NETWORKING_PLAN, pool);
		fillContainments(plan, pool, 0);
		List<EObject> objects = all(plan);
		for (EObject object : objects) {
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if (isPersistent(attribute)) {
					setAttribute(object, attribute);
				}
			}
		}
		for (EObject object : objects) {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (isPersistent(reference) && !reference.isContainment()) {
					setReference(object, reference, objects);
				}
			}
		}
		return plan;
	}

	private EObject create(EClass eClass, Map<EClass, List<EObject>> pool) {
		EObject object = EcoreUtil.create(eClass);
		pool.computeIfAbsent(eClass, c -> new ArrayList<>()).add(object);
		return object;
	}

	@SuppressWarnings("unchecked")
	private void fillContainments(EObject object, Map<EClass, List<EObject>> pool, int depth) {
		if (depth > 6) {
			return;
		}
		for (EReference reference : object.eClass().getEAllContainments()) {
			if (!isPersistent(reference)) {
				continue;
			}
			EClass type = concreteType(reference.getEReferenceType());
			if (reference.isMany()) {
				for (int i = 0; i < 2; i++) {
					EObject child = create(type, pool);
					((EList<EObject>) object.eGet(reference)).add(child);
					fillContainments(child, pool, depth + 1);
				}
			} else {
				EObject child = create(type, pool);
				object.eSet(reference, child);
				fillContainments(child, pool, depth + 1);
			}
		}
	}

	private static EClass concreteType(EClass type) {
		if (!type.isAbstract() && !type.isInterface()) {
			return type;
		}
		for (EClassifier classifier : type.getEPackage().getEClassifiers()) {
			if (classifier instanceof EClass && !((EClass) classifier).isAbstract()
					&& type.isSuperTypeOf((EClass) classifier)) {
				return (EClass) classifier;
			}
		}
		throw new AssertionError("no concrete subclass of " + type.getName());
	}

	@SuppressWarnings("unchecked")
	private void setAttribute(EObject object, EAttribute attribute) {
		if (attribute.isMany()) {
			EList<Object> list = (EList<Object>) object.eGet(attribute);
			Object first = value(object, attribute, 0);
			list.add(first);
			list.add(value(object, attribute, 1));
			if (!attribute.isUnique()) {
				list.add(first); // duplicates must survive in non-unique lists
			} else {
				list.add(value(object, attribute, 2));
			}
		} else {
			Object value = value(object, attribute, 0);
			object.eSet(attribute, value);
			assertTrue(object.eIsSet(attribute), () -> attribute.getName() + " got a value that is not its default");
		}
	}

	/** A value of the attribute's type that differs from its default and from other values. */
	private Object value(EObject object, EAttribute attribute, int index) {
		int n = ++counter;
		EDataType type = attribute.getEAttributeType();
		if (type instanceof EEnum) {
			EList<EEnumLiteral> literals = ((EEnum) type).getELiterals();
			Object defaultValue = attribute.getDefaultValue();
			for (int i = 0; i < literals.size(); i++) {
				EEnumLiteral literal = literals.get((literals.size() - 1 - i - index + literals.size()) % literals.size());
				if (!literal.getInstance().equals(defaultValue)) {
					return literal.getInstance();
				}
			}
			throw new AssertionError("enum with a single literal: " + type.getName());
		}
		Class<?> instanceClass = type.getInstanceClass();
		if (instanceClass == String.class) {
			return object.eClass().getName() + "." + attribute.getName() + " #" + n
					+ " Ünïcødé ✓ 😀 <&> \"quoted\" 'single'\n second line\twith tab";
		}
		if (instanceClass == int.class || instanceClass == Integer.class) {
			return Integer.valueOf(1000 + n);
		}
		if (instanceClass == long.class || instanceClass == Long.class) {
			return Long.valueOf(10_000_000_000L + n);
		}
		if (instanceClass == double.class || instanceClass == Double.class) {
			return Double.valueOf(0.1 * n + 0.123456789);
		}
		if (instanceClass == float.class || instanceClass == Float.class) {
			return Float.valueOf(0.5f * n + 0.25f);
		}
		if (instanceClass == boolean.class || instanceClass == Boolean.class) {
			Object defaultValue = attribute.getDefaultValue();
			return Boolean.valueOf(!Boolean.TRUE.equals(defaultValue));
		}
		if (instanceClass == Date.class) {
			return new Date(BASE_TIME + n * 86_400_123L);
		}
		if (instanceClass == PartialDate.class) {
			// with and without the year, February 29 among them
			return n % 2 == 0 ? PartialDate.of(1 + n % 12, 1 + n % 28) : PartialDate.of(1960 + 4 * (n % 15), 2, 29);
		}
		if (instanceClass == byte[].class) {
			byte[] bytes = new byte[60 + n % 40]; // short enough for the line-length check below
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = (byte) (i * 31 + n);
			}
			return bytes;
		}
		if (type == EcorePackage.Literals.EBIG_DECIMAL) {
			return new java.math.BigDecimal("12345.6789").add(java.math.BigDecimal.valueOf(n));
		}
		return fail("no value generator for data type " + type.getName() + " (" + attribute.getName()
				+ "): add one to " + getClass().getSimpleName());
	}

	@SuppressWarnings("unchecked")
	private void setReference(EObject object, EReference reference, List<EObject> objects) {
		List<EObject> candidates = new ArrayList<>();
		for (EObject candidate : objects) {
			if (reference.getEReferenceType().isInstance(candidate) && candidate != object) {
				candidates.add(candidate);
			}
		}
		if (candidates.isEmpty()) {
			fail("nothing to refer to from " + object.eClass().getName() + "." + reference.getName());
		}
		// spread the targets so that one-to-one opposites (Exchange.thanks) do not steal from each other
		int start = indexAmongSameClass(object, objects);
		if (reference.isMany()) {
			EList<EObject> list = (EList<EObject>) object.eGet(reference);
			for (int i = 0; i < Math.min(2, candidates.size()); i++) {
				list.add(candidates.get((start + i) % candidates.size()));
			}
		} else {
			object.eSet(reference, candidates.get(start % candidates.size()));
		}
	}

	private static int indexAmongSameClass(EObject object, List<EObject> objects) {
		int index = 0;
		for (EObject other : objects) {
			if (other == object) {
				return index;
			}
			if (other.eClass() == object.eClass()) {
				index++;
			}
		}
		return index;
	}

	// ---------------------------------------------------------------------------------------------------

	private static Set<String> persistentFeatureNames() {
		Set<String> names = new HashSet<>();
		for (EClassifier classifier : RapportPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass) {
				for (EStructuralFeature feature : ((EClass) classifier).getEStructuralFeatures()) {
					if (isPersistent(feature)) {
						names.add(feature.getName());
					}
				}
			}
		}
		return names;
	}

	static boolean isPersistent(EStructuralFeature feature) {
		return !feature.isDerived() && !feature.isTransient() && feature.isChangeable() && !feature.isVolatile();
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> values(EObject object, EReference reference) {
		Object value = object.eGet(reference);
		if (reference.isMany()) {
			return (List<EObject>) value;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	private static List<EObject> all(EObject root) {
		List<EObject> result = new ArrayList<>();
		Map<EObject, Boolean> seen = new IdentityHashMap<>();
		result.add(root);
		seen.put(root, Boolean.TRUE);
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (seen.put(next, Boolean.TRUE) == null) {
				result.add(next);
			}
		}
		return result;
	}

	/** EMF's equality, with arrays (a contact's photo) compared by their content. */
	@SuppressWarnings("serial")
	private static final class ArrayEquality extends EcoreUtil.EqualityHelper {
		@Override
		protected boolean equalValues(Object value1, Object value2) {
			if (value1 instanceof byte[] bytes1 && value2 instanceof byte[] bytes2) {
				return java.util.Arrays.equals(bytes1, bytes2);
			}
			return super.equalValues(value1, value2);
		}
	}
}
