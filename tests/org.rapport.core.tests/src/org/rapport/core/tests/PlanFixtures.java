/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.rapport.model.contacts.ContactInfo;
import org.rapport.model.Contact;
import org.rapport.model.NetworkingPlan;
import org.rapport.model.RapportFactory;
import org.w3c.dom.Document;

/** Helpers shared by the plan store tests. */
final class PlanFixtures {

	static final String NS = org.rapport.model.RapportPackage.eNS_URI;
	static final String XMI_NS = "http://www.omg.org/XMI";

	private PlanFixtures() {
	}

	/** A small plan with some content, so that saved files are a few kilobytes long. */
	static NetworkingPlan samplePlan(String name, int contacts) {
		NetworkingPlan plan = RapportFactory.eINSTANCE.createNetworkingPlan();
		plan.setName(name);
		for (int i = 0; i < contacts; i++) {
			Contact contact = RapportFactory.eINSTANCE.createContact();
			contact.setFirstName("First" + i);
			contact.setLastName("Last" + i);
			contact.setNotes("Some notes about contact " + i + " that make the file longer than a buffer.");
			ContactInfo.addEmail(contact, "person" + i + "@example.org");
			plan.getContacts().add(contact);
		}
		return plan;
	}

	/** The file's bytes and modification time. */
	record Snapshot(byte[] bytes, FileTime modified) {
		static Snapshot of(Path file) throws IOException {
			return new Snapshot(Files.readAllBytes(file), Files.getLastModifiedTime(file));
		}

		boolean sameAs(Snapshot other) {
			return Arrays.equals(bytes, other.bytes) && modified.equals(other.modified);
		}
	}

	static List<String> listNames(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}

	/** Parses XML securely, namespace aware, for assertions on what was written. */
	static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}
}
