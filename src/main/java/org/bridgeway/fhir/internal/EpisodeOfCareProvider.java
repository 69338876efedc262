package org.bridgeway.fhir.internal;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.pathway.Stay;
import org.bridgeway.pathway.Stays;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * EpisodeOfCare: a person's stays in the alliance's services. Read by id; search by {@code patient} (needed:
 * a partner asks about one person at a time, as the pages do), with {@code status} (active, finished, planned)
 * and {@code date} (the stay covers some day of the range) to narrow it. Both go through the pathway module,
 * which opens a person's stays only to those who may open their record, and audits the read.
 */
@Component
class EpisodeOfCareProvider implements BridgewayResourceProvider {

  private final Stays stays;
  private final Services services;

  EpisodeOfCareProvider(Stays stays, Services services) {
    this.stays = stays;
    this.services = services;
  }

  @Override
  public Class<EpisodeOfCare> getResourceType() {
    return EpisodeOfCare.class;
  }

  @Read
  public EpisodeOfCare read(@IdParam IdType id, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    UUID stayId = Refusals.uuid(id);
    Stay stay = Refusals.answer(id, () -> stays.byId(user, stayId));
    return StayMapping.episode(stay, services.get(user.alliance(), stay.serviceId()), stays.today());
  }

  @Search
  public IBundleProvider search(
      @RequiredParam(name = EpisodeOfCare.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = EpisodeOfCare.SP_STATUS) @Nullable TokenParam status,
      @OptionalParam(name = EpisodeOfCare.SP_DATE) @Nullable DateRangeParam date,
      @Offset @Nullable Integer offset, @Count @Nullable Integer count, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    LocalDate today = stays.today();
    List<Stay> matched = ofPerson(user, patient).stream()
        .filter(stay -> status == null || StayMapping.status(stay, today).toCode().equals(status.getValue()))
        .filter(stay -> date == null || covers(stay, date)).toList();
    Map<UUID, ServiceRecord> byId = services.all(user.alliance()).stream()
        .collect(Collectors.toMap(ServiceRecord::id, Function.identity()));
    return Matches.page(matched, offset, count, stay -> StayMapping.episode(stay, byId.get(stay.serviceId()), today));
  }

  /** The person's stays; none for a person of no alliance or of another, as if they had none. */
  private List<Stay> ofPerson(CurrentUser user, ReferenceParam patient) {
    UUID personId;
    try {
      personId = UUID.fromString(patient.getIdPart());
    } catch (IllegalArgumentException | NullPointerException e) {
      return List.of();
    }
    try {
      return Refusals.answer(new IdType("Patient", personId.toString()), () -> stays.ofPerson(user, personId));
    } catch (ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException e) {
      return List.of();
    }
  }

  /** True when the stay covers some day from the range's first day to its last (either may be open). */
  private static boolean covers(Stay stay, DateRangeParam range) {
    LocalDate from = day(range.getLowerBound(), ParamPrefixEnum.GREATERTHAN, 1);
    LocalDate to = day(range.getUpperBound(), ParamPrefixEnum.LESSTHAN, -1);
    boolean startsInTime = to == null || !stay.startDate().isAfter(to);
    boolean endsAfter = from == null || stay.endDate() == null || stay.endDate().isAfter(from);
    return startsInTime && endsAfter;
  }

  /** The day a bound names, moved a day on or back when it excludes that day (gt, lt). */
  private static @Nullable LocalDate day(@Nullable DateParam bound, ParamPrefixEnum exclusive, int step) {
    if (bound == null || bound.getValueAsString() == null) {
      return null;
    }
    LocalDate day = LocalDate.parse(bound.getValueAsString().substring(0, 10));
    return bound.getPrefix() == exclusive ? day.plusDays(step) : day;
  }
}
