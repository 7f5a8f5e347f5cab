/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.strategies.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.rapport.core.strategies.IStrategy;
import org.rapport.core.strategies.StrategyResult;
import org.rapport.model.RapportPackage;
import org.rapport.strategies.StrategyIds;

/** The built-in strategies are declared through the extension point exactly as a third party would. */
class ExtensionRegistryTest {

	private static final String POINT = "org.rapport.core.strategies";
	private static final String BUNDLE = "org.rapport.strategies";

	@Test
	void allSevenStrategiesAreDeclaredAndInstantiate() throws CoreException {
		assertNotNull(Platform.getExtensionRegistry().getExtensionPoint(POINT), "extension point " + POINT);
		Map<String, IConfigurationElement> ours = new LinkedHashMap<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT)) {
			if (BUNDLE.equals(element.getContributor().getName())) {
				assertEquals("strategy", element.getName());
				ours.put(element.getAttribute("id"), element);
			}
		}
		assertEquals(StrategyIds.ALL, new ArrayList<>(ours.keySet()));

		Bundle bundle = Platform.getBundle(BUNDLE);
		List<String> categories = new ArrayList<>();
		for (IConfigurationElement element : ours.values()) {
			String id = element.getAttribute("id");
			String name = element.getAttribute("name");
			assertTrue(name != null && !name.isBlank() && !name.startsWith("%"), id + " name: " + name);
			String description = element.getAttribute("description");
			assertTrue(description != null && description.length() > 20 && !description.startsWith("%"),
					id + " description: " + description);
			String category = element.getAttribute("category");
			assertTrue(category != null && !category.isBlank(), id + " category");
			categories.add(category);
			assertEquals(1.0, Double.parseDouble(element.getAttribute("defaultWeight")), id + " default weight");
			String icon = element.getAttribute("icon");
			assertNotNull(bundle.getEntry(icon), id + " icon " + icon);
			String affectedBy = element.getAttribute("affectedBy");
			assertNotNull(affectedBy, id + " affectedBy");
			for (String eClassName : affectedBy.split(",")) {
				assertInstanceOf(EClass.class, RapportPackage.eINSTANCE.getEClassifier(eClassName.strip()),
						id + " affectedBy " + eClassName);
			}

			Object strategy = element.createExecutableExtension("class");
			assertInstanceOf(IStrategy.class, strategy, id);
			StrategyResult result = ((IStrategy) strategy).score(Plans.plan(), Plans.CONTEXT);
			assertEquals(0, result.getScore(), id + " on an empty plan");
			assertFalse(result.getFindings().isEmpty(), id + " says why an empty plan scores 0");
		}
		assertEquals(List.of("goals", "audiences", "opportunities", "followUp", "learning", "generosity",
				"authenticity"), categories);
	}
}
