## 21Vianet 중국 CSP 리셀러 프로그램 등록: 마법사의 공통 부분과 첫 단계들입니다.
enroll-progress-label = 등록 단계
enroll-step-account = 파트너 센터 계정 만들기
enroll-step-phone = 전화번호 인증
enroll-step-created = 계정 만들기
enroll-step-program = 클라우드 솔루션 공급자 프로그램 등록
enroll-step-review = 검토 및 제출
enroll-step-status = 등록 상태
enroll-step-agreement = 동의 및 계속
enroll-loading = 등록 정보를 불러오는 중…
enroll-continue = 계속
enroll-back = 뒤로

## 파트너 센터 계정 만들기
enroll-account-title = 파트너 센터 계정 만들기
enroll-account-intro = 조직의 세부 정보를 입력한 다음, 조직에서 전역 관리자 권한을 갖고 파트너 센터에 액세스할 사람의 세부 정보를 입력하세요.
enroll-organization-legend = 조직 세부 정보
enroll-company-name = 법인 이름
enroll-company-name-hint = 사업자 등록증에 표시된 이름입니다.
enroll-country = 국가/지역
enroll-country-china = 중국
enroll-province = 성
enroll-city = 시
enroll-district = 구/현
enroll-address-line1 = 주소 1
enroll-address-line2 = 주소 2
enroll-postal-code = 우편 번호
enroll-postal-code-hint = 6자리 숫자입니다.
enroll-credit-code = 통일사회신용코드
enroll-credit-code-hint = 사업자 등록증에 있는 18자리 코드입니다.
enroll-admin-legend = 전역 관리자
enroll-admin-note = 처음 만드는 파트너 센터 계정은 전역 관리자 계정이 됩니다. 전역 관리자는 파트너 센터의 모든 관리 기능에 액세스할 수 있으며, 다른 관리자 역할을 할당할 수 있는 유일한 관리자입니다. 조직에 전역 관리자를 여러 명 둘 수 있지만, 비즈니스 위험을 줄이려면 회사에서 소수의 사람만 이 역할을 갖도록 하는 것이 좋습니다.
enroll-first-name = 이름
enroll-last-name = 성
enroll-email = 전자 메일
enroll-phone = 전화번호
enroll-phone-hint = 중국 휴대폰 또는 유선 전화번호입니다(예: 138 1234 5678 또는 021-6888 1234).
