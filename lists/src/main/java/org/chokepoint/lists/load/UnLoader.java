package org.chokepoint.lists.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.chokepoint.core.country.Countries;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.model.Entity;
import org.chokepoint.core.model.EntityBuilder;
import org.chokepoint.core.model.Listing;
import org.chokepoint.core.model.NameKind;
import org.chokepoint.core.model.Schema;
import org.chokepoint.core.model.SourceRef;
import org.chokepoint.core.text.PartialDates;

/**
 * The UN Security Council consolidated list (XML, INDIVIDUALS and ENTITIES), streamed so a truncated file still
 * yields every record before the break, and the break is reported with its line.
 */
public record UnLoader() implements ListLoader {
  private static final String AUTHORITY = "UN Security Council";

  @Override
  public String name() {
    return "UN Consolidated";
  }

  @Override
  public List<String> sourceIds() {
    return List.of("un-consolidated");
  }

  /** A small element tree for one record: child elements by name, text for leaves. */
  private record Node(String name, Map<String, List<Node>> children, StringBuilder text, int line) {
    Node(String name, int line) {
      this(name, new LinkedHashMap<>(), new StringBuilder(), line);
    }

    List<Node> all(String child) {
      return children.getOrDefault(child, List.of());
    }

    String text(String child) {
      List<Node> n = all(child);
      return n.isEmpty() ? "" : n.getFirst().text.toString().strip();
    }
  }

  @Override
  public List<LoadReport> load(DataDirectory data, SourceRegistry sources, Consumer<Entity> sink) throws IOException {
    Path file = data.resolve(sources.get("un-consolidated"));
    String fileName = file.getFileName().toString();
    Tally tally = new Tally(name(), fileName, sink);
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(file)) {
      // Decoded here, strictly: bad bytes become an exception naming the line (the JDK's own decoder would also
      // print "[Fatal Error]" to stderr).
      XMLStreamReader xml = factory.createXMLStreamReader(new InputStreamReader(in,
          StandardCharsets.UTF_8.newDecoder()));
      List<Node> stack = new ArrayList<>();
      try {
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            String tag = xml.getLocalName();
            if (stack.isEmpty() && !(tag.equals("INDIVIDUAL") || tag.equals("ENTITY"))) {
              continue;
            }
            Node n = new Node(tag, xml.getLocation().getLineNumber());
            if (!stack.isEmpty()) {
              stack.getLast().children().computeIfAbsent(tag, k -> new ArrayList<>()).add(n);
            }
            stack.add(n);
          } else if (event == XMLStreamConstants.CHARACTERS && !stack.isEmpty()) {
            stack.getLast().text().append(xml.getText());
          } else if (event == XMLStreamConstants.END_ELEMENT && !stack.isEmpty()) {
            Node done = stack.removeLast();
            if (stack.isEmpty()) {
              tally.read();
              toEntity(done, fileName, tally);
            }
          }
        }
      } catch (XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        String message = e.getMessage().lines().reduce((a, b) -> b).orElse("");
        tally.skip("XML not well-formed", "line " + line + ": "
            + (message.contains("Input length") ? "bytes that are not UTF-8" : message));
      }
    } catch (XMLStreamException e) {
      throw new IOException(file + ": cannot start reading XML: " + e.getMessage(), e);
    }
    return List.of(tally.report());
  }

  private static void toEntity(Node r, String fileName, Tally tally) {
    String id = r.text("DATAID");
    String where = "line " + r.line();
    if (id.isEmpty()) {
      tally.skip("no DATAID", where);
      return;
    }
    boolean person = r.name().equals("INDIVIDUAL");
    EntityBuilder b = new EntityBuilder("un-" + id).schema(person ? Schema.PERSON : Schema.ORGANIZATION);
    List<String> parts = new ArrayList<>();
    for (String f : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
      if (!r.text(f).isEmpty()) {
        parts.add(r.text(f));
      }
    }
    b.name(String.join(" ", parts), NameKind.PRIMARY);
    b.name(r.text("NAME_ORIGINAL_SCRIPT"), NameKind.ALIAS);
    for (Node a : r.all(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
      String quality = a.text("QUALITY").toLowerCase(java.util.Locale.ROOT);
      b.name(a.text("ALIAS_NAME"), quality.equals("low") ? NameKind.WEAK : NameKind.ALIAS);
    }
    for (Node n : r.all("NATIONALITY")) {
      for (Node v : n.all("VALUE")) {
        b.country(Countries.toIso2(v.text().toString().strip()));
      }
    }
    for (Node a : r.all(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
      List<String> addr = new ArrayList<>();
      for (String f : List.of("STREET", "CITY", "STATE_PROVINCE", "COUNTRY")) {
        if (!a.text(f).isEmpty()) {
          addr.add(a.text(f));
        }
      }
      b.address(String.join(", ", addr));
      b.country(Countries.toIso2(a.text("COUNTRY")));
    }
    for (Node d : r.all("INDIVIDUAL_DATE_OF_BIRTH")) {
      String date = PartialDates.parse(d.text("DATE"));
      if (date.isEmpty()) {
        date = d.text("YEAR");
      }
      b.birthDate(date);
      if (!d.text("FROM_YEAR").isEmpty()) {
        b.birthDate(d.text("FROM_YEAR"));
        b.birthDate(d.text("TO_YEAR"));
      }
    }
    for (Node d : r.all("INDIVIDUAL_DOCUMENT")) {
      String type = d.text("TYPE_OF_DOCUMENT").toLowerCase(java.util.Locale.ROOT);
      b.identifier(type.contains("passport") ? "PASSPORT" : type.contains("national") ? "NATIONAL_ID" : "OTHER",
          d.text("NUMBER"), Countries.toIso2(d.text("ISSUING_COUNTRY")));
    }
    b.identifier("UN_REFERENCE", r.text("REFERENCE_NUMBER"), "");
    String program = r.text("UN_LIST_TYPE");
    b.listing(new Listing(AUTHORITY, "UN Security Council Consolidated List", program,
        PartialDates.parse(r.text("LISTED_ON")), r.text("COMMENTS1"),
        new SourceRef(fileName, r.line(), r.text("REFERENCE_NUMBER").isEmpty() ? id : r.text("REFERENCE_NUMBER"))));
    tally.emit(b, where);
  }
}
