/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.strategies;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.strategies.StrategyDescriptor;
import org.rapport.model.RapportPackage;

/**
 * Reads a {@code strategy} element of the extension point into a descriptor, without loading the
 * contributed class. A contribution that cannot work is logged, naming its plugin, and skipped.
 */
final class StrategyDescriptorReader {

	static final String ELEMENT_STRATEGY = "strategy"; //$NON-NLS-1$
	static final String ATT_ID = "id"; //$NON-NLS-1$
	static final String ATT_NAME = "name"; //$NON-NLS-1$
	static final String ATT_CATEGORY = "category"; //$NON-NLS-1$
	static final String ATT_DEFAULT_WEIGHT = "defaultWeight"; //$NON-NLS-1$
	static final String ATT_CLASS = "class"; //$NON-NLS-1$
	static final String ATT_DESCRIPTION = "description"; //$NON-NLS-1$
	static final String ATT_ICON = "icon"; //$NON-NLS-1$
	static final String ATT_AFFECTED_BY = "affectedBy"; //$NON-NLS-1$

	private static final double DEFAULT_WEIGHT = 1;

	private final ILog log;

	StrategyDescriptorReader(ILog log) {
		this.log = log;
	}

	/** The descriptor, or {@code null} (logged) when a required attribute is missing or the weight is bad. */
	StrategyDescriptor read(IConfigurationElement element) {
		String contributor = element.getContributor().getName();
		String id = attribute(element, ATT_ID);
		String name = attribute(element, ATT_NAME);
		String className = attribute(element, ATT_CLASS);
		String missing = id == null ? ATT_ID : name == null ? ATT_NAME : className == null ? ATT_CLASS : null;
		if (missing != null) {
			String label = name != null ? name : id != null ? id : className;
			label = label != null ? '"' + label + '"' : Messages.Invalid_unnamed;
			log.log(error(NLS.bind(Messages.Invalid_missingAttribute, new Object[] { label, contributor, missing })));
			return null;
		}
		String weightText = attribute(element, ATT_DEFAULT_WEIGHT);
		double weight = weightText == null ? DEFAULT_WEIGHT : parseWeight(weightText);
		if (Double.isNaN(weight)) {
			log.log(error(NLS.bind(Messages.Invalid_badWeight, new Object[] { name, contributor, weightText })));
			return null;
		}
		Set<String> affectedBy = parseModelClasses(attribute(element, ATT_AFFECTED_BY));
		List<String> unknown = new ArrayList<>();
		for (String eClassName : affectedBy) {
			if (!(RapportPackage.eINSTANCE.getEClassifier(eClassName) instanceof EClass)) {
				unknown.add(eClassName);
			}
		}
		if (!unknown.isEmpty()) {
			// kept: the score is still right, only rescoring on change of those classes cannot happen
			log.log(new Status(IStatus.WARNING, StrategyRegistry.PLUGIN_ID, NLS.bind(
					Messages.Invalid_unknownModelClasses, new Object[] { name, contributor, String.join(", ", unknown) }))); //$NON-NLS-1$
		}
		return new StrategyDescriptor(id, name, attribute(element, ATT_CATEGORY), weight,
				attribute(element, ATT_DESCRIPTION), attribute(element, ATT_ICON), contributor, affectedBy);
	}

	/** A weight of 0 or more, or NaN when the text is not one; {@link Double#parseDouble} ignores the locale. */
	static double parseWeight(String text) {
		try {
			double weight = Double.parseDouble(text.trim());
			return Double.isFinite(weight) && weight >= 0 ? weight : Double.NaN;
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
	}

	static Set<String> parseModelClasses(String text) {
		Set<String> names = new LinkedHashSet<>();
		if (text != null) {
			for (String name : text.split(",")) { //$NON-NLS-1$
				if (!name.isBlank()) {
					names.add(name.trim());
				}
			}
		}
		return names;
	}

	/** The attribute, or {@code null} when it is absent or blank. */
	private static String attribute(IConfigurationElement element, String name) {
		String value = element.getAttribute(name);
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static IStatus error(String message) {
		return new Status(IStatus.ERROR, StrategyRegistry.PLUGIN_ID, message);
	}
}
