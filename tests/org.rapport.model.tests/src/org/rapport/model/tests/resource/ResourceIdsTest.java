/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.rapport.model.RapportFactory;
import org.rapport.model.resource.RapportResource;

/**
 * A plan resource keeps its ids in a compact table of its own (issue 17): its two id maps must behave exactly as
 * EMF's two {@code HashMap}s do, each a map of its own, for ids of EMF's UUID form and any other.
 */
class ResourceIdsTest {

	@Test
	void setAndGetIdsOfEveryForm() {
		RapportResource resource = new RapportResource(URI.createURI("memory:/ids.rapport")); //$NON-NLS-1$
		EObject a = RapportFactory.eINSTANCE.createContact();
		EObject b = RapportFactory.eINSTANCE.createContact();
		String uuid = EcoreUtil.generateUUID();
		resource.setID(a, uuid);
		resource.setID(b, "contact-ada"); //$NON-NLS-1$
		assertEquals(uuid, resource.getID(a));
		assertEquals("contact-ada", resource.getID(b)); //$NON-NLS-1$
		assertSame(a, resource.getIDToEObjectMap().get(uuid));
		assertSame(b, resource.getIDToEObjectMap().get("contact-ada")); //$NON-NLS-1$
		// almost the UUID form: the last digit holds bits a UUID has not, a digit outside base 64, another length
		for (String odd : List.of("_wgjrQfI8EfGN47QdpcOw8h", "_wgjrQfI8EfGN47Qd.cOw8g", "_wgjrQfI8EfGN47QdpcOw8gA", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"xwgjrQfI8EfGN47QdpcOw8g", "_wgjrQfI8EfGN47QdpcOw8é")) { //$NON-NLS-1$ //$NON-NLS-2$
			resource.setID(a, odd);
			assertEquals(odd, resource.getID(a));
			assertSame(a, resource.getIDToEObjectMap().get(odd));
			assertNull(resource.getIDToEObjectMap().get(uuid));
		}
		resource.setID(a, null);
		assertNull(resource.getID(a));
		assertEquals(1, resource.getEObjectToIDMap().size());
		assertEquals(1, resource.getIDToEObjectMap().size());
	}

	@Test
	void behaveAsTwoHashMaps() {
		RapportResource resource = new RapportResource(URI.createURI("memory:/ids.rapport")); //$NON-NLS-1$
		Map<String, EObject> ids = resource.getIDToEObjectMap();
		Map<EObject, String> objects = resource.getEObjectToIDMap();
		Map<String, EObject> expectedIds = new HashMap<>();
		Map<EObject, String> expectedObjects = new HashMap<>();
		Random random = new Random(17);
		List<EObject> pool = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			pool.add(RapportFactory.eINSTANCE.createContact());
			names.add(i % 5 == 0 ? "id-" + i : EcoreUtil.generateUUID()); //$NON-NLS-1$
		}
		for (int step = 0; step < 40_000; step++) {
			EObject object = pool.get(random.nextInt(pool.size()));
			String id = names.get(random.nextInt(names.size()));
			switch (random.nextInt(10)) {
			case 9 -> {
				// the resource's own setID, also with null
				String set = random.nextInt(10) == 0 ? null : id;
				resource.setID(object, set);
				String old = set != null ? expectedObjects.put(object, set) : expectedObjects.remove(object);
				if (old != null) {
					expectedIds.remove(old);
				}
				if (set != null) {
					expectedIds.put(set, object);
				}
			}
			case 0, 1, 2 -> {
				// what EMF's setID does
				String old = objects.put(object, id);
				assertEquals(expectedObjects.put(object, id), old);
				if (old != null) {
					assertEquals(expectedIds.remove(old), ids.remove(old));
				}
				assertEquals(expectedIds.put(id, object), ids.put(id, object));
			}
			case 3 -> assertEquals(expectedIds.put(id, object), ids.put(id, object));
			case 4 -> assertEquals(expectedObjects.put(object, id), objects.put(object, id));
			case 5 -> assertEquals(expectedIds.remove(id), ids.remove(id));
			case 6 -> assertEquals(expectedObjects.remove(object), objects.remove(object));
			case 7 -> {
				// remove through an iterator, as a caller walking the map may
				Iterator<Map.Entry<String, EObject>> i = ids.entrySet().iterator();
				while (i.hasNext()) {
					Map.Entry<String, EObject> e = i.next();
					if (random.nextInt(50) == 0) {
						i.remove();
						assertSame(e.getValue(), expectedIds.remove(e.getKey()));
					}
				}
			}
			default -> {
				if (random.nextInt(2000) == 0) {
					ids.clear();
					expectedIds.clear();
				}
				assertEquals(expectedIds.get(id), ids.get(id));
				assertEquals(expectedObjects.get(object), objects.get(object));
			}
			}
			if (step % 1000 == 0) {
				assertEquals(expectedIds, new HashMap<>(ids));
				assertEquals(expectedObjects, new HashMap<>(objects));
			}
		}
		assertEquals(expectedIds, new HashMap<>(ids));
		assertEquals(expectedObjects, new HashMap<>(objects));
		assertEquals(expectedIds.size(), ids.size());
		assertEquals(expectedObjects.size(), objects.size());
	}
}
