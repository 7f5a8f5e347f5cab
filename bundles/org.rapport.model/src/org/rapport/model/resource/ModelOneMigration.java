/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.model.resource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.contacts.ContactInfo;

/**
 * Brings a plan written by model 1.0 ({@value RapportResource#MODEL_1_0_NS_URI}) into the current model, right
 * after it is loaded. Model 1.0 kept a contact's e-mails, phones and profile URLs as plain strings
 * ({@code emails}, {@code phones}, {@code profileUrls}) and where they are as one {@code location} string; the
 * current model has none of these features, so loading records them as unknown content (the resource records
 * what it does not know), and this step turns them into typed entries of type other (the first one preferred) and
 * the location into a postal address read by {@link org.rapport.model.contacts.LocationParser}, then drops them
 * from the unknown content. Anything else unknown stays as it was, to be written back on save.
 */
final class ModelOneMigration {

	private static final String EMAILS = "emails"; //$NON-NLS-1$
	private static final String PHONES = "phones"; //$NON-NLS-1$
	private static final String PROFILE_URLS = "profileUrls"; //$NON-NLS-1$
	private static final String LOCATION = "location"; //$NON-NLS-1$

	private ModelOneMigration() {
	}

	static void migrate(RapportResource resource) {
		Map<EObject, AnyType> extensions = resource.getEObjectToExtensionMap();
		if (extensions.isEmpty() || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof NetworkingPlan)) {
			return;
		}
		NetworkingPlan plan = (NetworkingPlan) resource.getContents().get(0);
		for (Contact contact : plan.getContacts()) {
			AnyType extension = extensions.get(contact);
			if (extension == null) {
				continue;
			}
			for (String value : take(extension.getAny(), EMAILS)) {
				ContactInfo.addEmail(contact, value);
			}
			for (String value : take(extension.getAny(), PHONES)) {
				ContactInfo.addPhone(contact, value);
			}
			for (String value : take(extension.getAny(), PROFILE_URLS)) {
				ContactInfo.addUrl(contact, value);
			}
			for (String value : take(extension.getAnyAttribute(), LOCATION)) {
				ContactInfo.addLocation(contact, value);
			}
			if (extension.getAny().isEmpty() && extension.getAnyAttribute().isEmpty() && extension.getMixed().isEmpty()) {
				extensions.remove(contact);
			}
		}
	}

	/** Removes the entries of the named feature (in no namespace) and returns their text values. */
	private static List<String> take(FeatureMap map, String name) {
		List<String> values = new ArrayList<>();
		for (Iterator<FeatureMap.Entry> it = map.iterator(); it.hasNext();) {
			FeatureMap.Entry entry = it.next();
			EStructuralFeature feature = entry.getEStructuralFeature();
			if (!name.equals(feature.getName()) || ExtendedMetaData.INSTANCE.getNamespace(feature) != null) {
				continue;
			}
			String text = text(entry.getValue());
			if (text == null) {
				continue; // structured content of another kind: not model 1.0's, left as it is
			}
			it.remove();
			if (!text.isBlank()) {
				values.add(text);
			}
		}
		return values;
	}

	/** The text of a recorded value: a string, or an element holding only text; {@code null} otherwise. */
	private static String text(Object value) {
		if (value instanceof String) {
			return (String) value;
		}
		if (value instanceof AnyType) {
			AnyType element = (AnyType) value;
			if (!element.getAny().isEmpty() || !element.getAnyAttribute().isEmpty()) {
				return null;
			}
			StringBuilder text = new StringBuilder();
			for (FeatureMap.Entry entry : element.getMixed()) {
				if (FeatureMapUtil.isText(entry) || FeatureMapUtil.isCDATA(entry)) {
					text.append(entry.getValue());
				}
			}
			return text.toString();
		}
		return null;
	}
}
