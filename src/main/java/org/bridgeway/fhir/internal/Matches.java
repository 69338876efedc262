package org.bridgeway.fhir.internal;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.server.method.ResponsePage;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.InstantType;
import org.jspecify.annotations.Nullable;

/**
 * One page of the matches of a search: what matched is known up front (so the total is exact), and only the
 * page asked for ({@code _offset}, {@code _count}) is turned into resources, each read through its module (and
 * so audited) as it is. HAPI writes the links to the next and previous pages by offset, so no search is kept
 * between requests.
 */
final class Matches<T> implements IBundleProvider {

  private final List<T> matched;
  private final int offset;
  private final int count;
  private final Function<T, ? extends IBaseResource> resource;
  private final InstantType published = InstantType.now();
  private final String uuid = UUID.randomUUID().toString();

  private Matches(List<T> matched, int offset, int count, Function<T, ? extends IBaseResource> resource) {
    this.matched = List.copyOf(matched);
    this.offset = offset;
    this.count = count;
    this.resource = resource;
  }

  /** The page from {@code offset} (0 when not given) of {@code count} matches (20 when not given, at most 100). */
  static <T> Matches<T> page(List<T> matched, @Nullable Integer offset, @Nullable Integer count,
      Function<T, ? extends IBaseResource> resource) {
    int size = count == null ? FhirServer.PAGE_SIZE : Math.max(0, Math.min(count, FhirServer.MOST_PER_PAGE));
    return new Matches<>(matched, offset == null ? 0 : Math.max(0, offset), size, resource);
  }

  @Override
  public Integer getCurrentPageOffset() {
    return offset;
  }

  @Override
  public Integer getCurrentPageSize() {
    return count;
  }

  @Override
  public IPrimitiveType<Date> getPublished() {
    return published;
  }

  @Override
  public List<IBaseResource> getResources(int from, int to) {
    int start = Math.min(offset, matched.size());
    int end = Math.min(start + count, matched.size());
    return matched.subList(start, end).stream().<IBaseResource>map(resource).toList();
  }

  @Override
  public List<IBaseResource> getResources(int from, int to, ResponsePage.ResponsePageBuilder page) {
    return getResources(from, to);
  }

  @Override
  public String getUuid() {
    return uuid;
  }

  @Override
  public Integer preferredPageSize() {
    return null;
  }

  @Override
  public Integer size() {
    return matched.size();
  }
}
