## 21Vianet 중국 CSP 리셀러 프로그램 등록: 마법사의 공통 부분과 첫 단계들입니다.
enroll-step-count = { $total }단계 중 { $current }단계
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
enroll-opens-new-tab = (새 탭에서 열림)

## 시작하기 전에
enroll-intro-title = 21Vianet 중국 CSP 리셀러 프로그램 등록
enroll-intro-lead = 21Vianet 중국 클라우드 솔루션 공급자(CSP) 프로그램에 등록하여 중국에서 클라우드 서비스를 재판매하고 파트너 센터에서 CSP 리셀러 비즈니스를 관리하세요.
enroll-intro-important = 중요
enroll-intro-weeks = 21Vianet 중국 CSP 프로그램 등록은 여러 단계로 이루어지며, 등록 요청 검토, 신용 조사, 파트너 센터 계정 생성을 진행하는 동안 완료까지 몇 주가 걸릴 수 있습니다.
enroll-intro-before-heading = 시작하기 전에
enroll-intro-before-text = 등록 과정에서 다음 정보를 제공해야 합니다. 등록을 시작하기 전에 이 항목들을 준비해 두는 것이 좋습니다.
enroll-intro-need-account = 회사 또는 학교 계정의 전역 관리자 자격 증명. 회사 또는 학교 계정이 없으면 등록 과정에서 만들 수 있습니다.
enroll-intro-need-mpn = Microsoft 파트너 네트워크(MPN) ID. 21Vianet 중국 CSP 프로그램에 등록하려면 MPN 회원이어야 합니다.
enroll-intro-join-mpn = MPN 회원이 아니면 여기에서 가입하세요.
enroll-intro-need-support = 지원 사이트 URL, 지원 전자 메일, 지원 전화번호를 포함한 조직의 고객 지원 정보.
enroll-intro-need-phone = 전화 인증을 완료하는 데 사용할 조직의 중국 전화번호.
enroll-intro-start-heading = 등록 시작
enroll-intro-start-text = 조직의 회사 또는 학교 계정 전역 관리자 자격 증명으로 로그인하거나, 새 회사 또는 학교 계정을 만들려면 새로 만들기를 선택하세요.
enroll-intro-create-one = 새로 만들기
enroll-intro-start = 등록 시작

## 전화 인증
enroll-phone-title = 전화번호 인증
enroll-phone-intro = 보안을 위해 전화 인증을 완료하여 계정 정보를 확인하세요. 조직의 중국 전화번호를 사용하세요.
enroll-phone-number = 전화번호
enroll-phone-number-hint = 중국 휴대폰 번호 또는 지역 번호를 포함한 유선 전화번호입니다. +86은 생략할 수 있습니다.
enroll-phone-send = 코드 보내기
enroll-phone-sending = 보내는 중…
enroll-phone-sent = { $number }(으)로 6자리 코드를 보냈습니다. 코드는 { $time }에 만료됩니다.
enroll-phone-resent = { $number }(으)로 새 코드를 보냈습니다. 이전 코드는 더 이상 사용할 수 없습니다. 코드는 { $time }에 만료됩니다.
enroll-phone-code = 코드
enroll-phone-code-hint = 휴대폰으로 받은 6자리 코드입니다.
enroll-phone-verify = 인증
enroll-phone-verifying = 인증 중…
enroll-phone-resend = 새 코드 보내기
enroll-phone-resend-wait = { $seconds }초 후에 새 코드를 요청할 수 있습니다.
enroll-phone-change = 다른 번호 사용
enroll-phone-verified = 전화번호 { $number }이(가) 인증되었습니다. 계속하려면 계정 만들기를 선택하세요.
enroll-phone-create = 계정 만들기
enroll-phone-creating = 계정을 만드는 중…

## 계정 만들기: 확인 메시지
enroll-created-title = 파트너 센터 계정이 만들어졌습니다
enroll-created-important = 중요
enroll-created-save = 파트너 센터에 처음 로그인할 때 필요하므로 이 메시지의 정보를 저장해 두세요. 이 정보는 다시 표시되지 않습니다.
enroll-created-sign-in-name = 로그인 이름
enroll-created-organization = 조직
enroll-created-partner-id = 파트너 ID
enroll-created-admin = 전역 관리자
enroll-created-phone = 인증된 전화번호
enroll-created-at = 만든 날짜
enroll-created-copy = 복사
enroll-created-print = 인쇄
enroll-created-copied = 계정 정보를 복사했습니다.
enroll-created-next = 계속을 선택한 다음, 새 계정 자격 증명으로 파트너 센터에 로그인하여 클라우드 솔루션 공급자 프로그램에 등록하세요.

## 새 파트너를 위한 첫 페이지의 입구
