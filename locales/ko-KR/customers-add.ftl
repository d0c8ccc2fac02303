# 고객 추가: 마법사(문서 add-a-new-customer, confirm-consent).
customers-add-progress = 고객 추가 단계
customers-add-step-account = 계정 정보
customers-add-step-subscriptions = 구독
customers-add-step-review = 검토
customers-add-step-of = { $count }단계 중 { $step }단계
customers-add-next-subscriptions = 다음: 구독
customers-add-next-review = 다음: 검토
customers-add-back = 이전
customers-add-submit = 제출
customers-add-submitting = 제출하는 중…
customers-add-update = 업데이트
customers-add-edit-china = 업데이트
customers-add-edit-global = 편집

## 계정 정보
customers-add-account-intro = 회사 세부 정보와 기본 연락처 정보를 입력하세요.
customers-add-company-details = 회사 세부 정보
customers-add-company-name = 회사 이름
customers-add-domain = 도메인 이름
customers-add-domain-hint = 문자 또는 숫자 1~27자. 도메인은 { $suffix }(으)로 끝납니다.
customers-add-domain-checking = 이 도메인을 사용할 수 있는지 확인하는 중…
customers-add-domain-available = { $domain }을(를) 사용할 수 있습니다.
customers-add-domain-taken = 이 도메인은 이미 사용 중입니다. 다른 도메인을 선택하세요.
customers-add-domain-unchecked = 지금은 이 도메인을 확인할 수 없습니다. 제출할 때 확인합니다.
customers-add-primary-contact = 기본 연락처
customers-add-first-name = 이름
customers-add-last-name = 성
customers-add-email = 전자 메일 주소
customers-add-phone = 전화 번호
customers-add-phone-hint-china = 중국 휴대폰 또는 유선 전화 번호(예: 138 1234 5678 또는 021-6888 1234).
customers-add-phone-hint = 국가 코드를 포함하세요(예: +1 425 555 0100).
customers-add-address = 주소
customers-add-country = 국가/지역
customers-add-province = 성
customers-add-state = 주 또는 도
customers-add-city = 구/군/시
customers-add-address-line1 = 주소 1
customers-add-address-line2 = 주소 2
customers-add-postal-code = 우편 번호
customers-add-postal-hint-china = 6자리 숫자.
customers-add-postal-hint = 해당 국가의 형식(예: 98052 또는 98052-6399).
customers-add-language-preferences = 언어 기본 설정
customers-add-culture = 문화권
customers-add-language = 언어
customers-add-error-domain = 공백, 하이픈, 마침표 없이 문자 또는 숫자 1~27자를 사용하세요.
customers-add-error-choose = 목록에서 값을 선택하세요.
customers-add-error-country-china = 21Vianet이 운영하는 파트너 센터의 고객은 중국에 있습니다.
customers-add-error-country-global = 중국의 고객은 21Vianet이 운영하는 파트너 센터에서 지원합니다. 다른 국가/지역을 선택하세요.
customers-add-error-postal-code = 해당 국가의 형식으로 우편 번호를 입력하세요(예: 98052 또는 98052-6399).

## Microsoft 클라우드 계약(글로벌 클라우드)
customers-add-mca-title = Microsoft 클라우드 계약
customers-add-mca-intro = 고객이 최신 Microsoft 클라우드 계약에 동의했는지와 동의한 사람을 확인하세요.
customers-add-mca-accepted = 고객이 최신 Microsoft 클라우드 계약에 동의했습니다
customers-add-mca-date = 계약 동의 날짜
customers-add-mca-date-hint = 고객이 동의한 날짜입니다. 미래 날짜는 입력할 수 없습니다.
customers-add-mca-contact = 계약에 동의한 사람
customers-add-mca-contact-default = 기본 연락처입니다. 다른 사람이 동의했다면 업데이트를 선택하세요.
customers-add-mca-use-primary = 기본 연락처 사용
customers-add-error-mca-accepted = 고객이 최신 Microsoft 클라우드 계약에 동의했는지 확인하세요.
customers-add-error-mca-date-required = 계약 동의 날짜를 입력하세요.
customers-add-error-mca-date = 올바른 계약 동의 날짜를 입력하세요.
customers-add-error-mca-date-future = 계약 동의 날짜는 미래일 수 없습니다.

## 구독
customers-add-subscriptions-intro = 올바른 제품을 선택하고 각각의 라이선스 수를 입력하세요. 고객을 먼저 추가하고 나중에 구독을 추가할 수도 있습니다.
customers-add-offer-search = 제품 검색
customers-add-offers-chosen = { $count ->
    [0] 선택한 제품이 없습니다.
   *[other] 제품 { $count }개를 선택했습니다.
}
customers-add-offers-none = 검색과 일치하는 제품이 없습니다.
customers-add-offer-range = 라이선스 { $min }~{ $max }개
customers-add-quantity = { $offer }의 라이선스 수
customers-add-error-quantity-required = { $offer }의 라이선스 수를 입력하세요.
customers-add-error-quantity = { $offer }의 라이선스 수를 { $min }~{ $max } 사이의 정수로 입력하세요.

## 검토
customers-add-review-intro = 입력한 내용이 정확한지 확인한 다음 제출을 선택하세요.
customers-add-review-no-offers = 구독이 없습니다. 고객을 만든 후에 추가할 수 있습니다.
customers-add-review-offer = { $offer }: 라이선스 { $count }개

## 확인
customers-add-confirmation = 확인
customers-add-created = { $company }을(를) 고객으로 추가했습니다.
customers-add-setup-info = 설정 정보
customers-add-password-once = 관리자 사용자 이름과 임시 암호를 지금 복사하세요. 암호는 한 번만 표시되며 이 페이지를 떠나면 다시 표시할 수 없습니다.
customers-add-admin-user = 관리자 사용자 이름
customers-add-temporary-password = 임시 암호
customers-add-copy = 복사
customers-add-print = 인쇄
customers-add-copied = 클립보드에 복사했습니다.
customers-add-copy-failed = 복사할 수 없습니다. 사용자 이름과 암호를 선택하여 직접 복사하세요.
customers-add-buying = { $offer }(라이선스 { $count }개) 구매 중…
customers-add-bought = { $offer }: 라이선스 { $count }개를 구매했습니다.
customers-add-not-bought = { $offer }(라이선스 { $count }개)를 구매하지 못했습니다. { $reason }
customers-add-buy-retry = 구매하지 못한 구독 다시 시도
customers-add-mca-recording = Microsoft 클라우드 계약 동의를 기록하는 중…
customers-add-mca-recorded = Microsoft 클라우드 계약 동의를 기록했습니다.
customers-add-mca-not-recorded = Microsoft 클라우드 계약 동의를 기록하지 못했습니다. { $reason }
customers-add-mca-retry = 계약 기록 다시 시도
customers-add-done = 완료
