/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.rapport.core.interchange.exporter.ContactExporter;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.ContactRecord;
import org.rapport.core.interchange.importer.ImportPreview;
import org.rapport.core.interchange.importer.ImportRow;
import org.rapport.core.interchange.importer.ImportStatus;
import org.rapport.core.interchange.InterchangeException;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.core.store.PlanStore;
import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.rapport.model.resource.RapportResource;

/** Test data and helpers shared by the interchange tests. */
final class Fixtures {

	static final String BUNDLE = "org.rapport.core.tests";
	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private Fixtures() {
	}

	/** The bytes of a file under {@code data/interchange/}. */
	static byte[] data(String name) throws IOException {
		URL url = Platform.getBundle(BUNDLE).getEntry("data/interchange/" + name);
		assertNotNull(url, "test data " + name);
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}

	static ParsedContacts read(ContactFormat format, String name) throws IOException, InterchangeException {
		return read(format, name, data(name));
	}

	static ParsedContacts read(ContactFormat format, String name, byte[] bytes) throws IOException, InterchangeException {
		return format.newImporter().read(new ByteArrayInputStream(bytes), name, new NullProgressMonitor());
	}

	static ParsedContacts read(ContactFormat format, String name, String text) throws IOException, InterchangeException {
		return read(format, name, text.getBytes(StandardCharsets.UTF_8));
	}

	/** An empty plan in a resource of its own (so contacts get ids), and its editing domain. */
	static Setup emptyPlan() {
		NetworkingPlan plan = RapportFactory.eINSTANCE.createNetworkingPlan();
		return setUp(plan);
	}

	static Setup setUp(NetworkingPlan plan) {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack(),
				PlanStore.createResourceSet());
		RapportResource resource = new RapportResource(org.eclipse.emf.common.util.URI.createURI("memory:/plan.rapport"));
		resource.getContents().add(plan);
		domain.getResourceSet().getResources().add(resource);
		return new Setup(plan, domain);
	}

	record Setup(NetworkingPlan plan, AdapterFactoryEditingDomain domain) {
		ImportPreview preview(ParsedContacts parsed) {
			return ImportPreview.compute(plan, parsed, new NullProgressMonitor());
		}

		/** Previews and applies; returns the preview. */
		ImportPreview importAll(ParsedContacts parsed) {
			ImportPreview preview = preview(parsed);
			preview.apply(domain);
			return preview;
		}

		Contact contact(String first, String last) {
			return plan.getContacts().stream().filter(c -> first.equals(c.getFirstName()) && last.equals(c.getLastName()))
					.findFirst().orElseThrow(() -> new AssertionError("no contact " + first + " " + last));
		}
	}

	static byte[] export(ContactExporter exporter, List<? extends Contact> contacts) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.write(contacts, out, new NullProgressMonitor());
		return out.toByteArray();
	}

	/** Important dates as "label date", in order. */
	static List<String> dates(List<org.rapport.model.ImportantDate> dates) {
		return dates.stream().map(d -> d.getLabel() + " " + d.getDate()).toList();
	}

	static List<ImportStatus> statuses(ImportPreview preview) {
		return preview.getRows().stream().map(ImportRow::getStatus).collect(Collectors.toList());
	}

	static ContactRecord record(ParsedContacts parsed, String first) {
		return parsed.records().stream().filter(r -> first.equals(r.getFirstName())).findFirst()
				.orElseThrow(() -> new AssertionError("no record " + first + " in " + parsed.records()));
	}

	static void assertAll(ImportPreview preview, ImportStatus status) {
		List<String> others = new ArrayList<>();
		for (ImportRow row : preview.getRows()) {
			if (row.getStatus() != status) {
				others.add(row.toString());
			}
		}
		assertEquals(List.of(), others, "rows that are not " + status);
	}

	static List<String> listNames(java.nio.file.Path directory) throws IOException {
		try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(directory)) {
			return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}

	static Contact contact(NetworkingPlan plan, String first, String last, String organization, String... emails) {
		Contact c = RapportFactory.eINSTANCE.createContact();
		c.setFirstName(first);
		c.setLastName(last);
		c.setOrganization(organization);
		for (String email : emails) {
			ContactInfo.addEmail(c, email);
		}
		plan.getContacts().add(c);
		return c;
	}
}
