## Product names: the docs' own ("Partner Center operated by 21Vianet" / "Partner Center").
app-name-china = 21Vianet에서 운영하는 파트너 센터
app-name-global = 파트너 센터
# The browser tab: page first, product second.
document-title = { $page } | { $app }

## Shell
shell-skip-to-main = 본문으로 건너뛰기
shell-menu-label = 대시보드 메뉴
shell-menu-overview = 개요
shell-menu-settings = 계정 설정
shell-menu-pricing = 가격 책정 및 제품
shell-menu-customers = 고객
shell-menu-indirect-providers = 간접 공급자
shell-menu-indirect-resellers = 간접 재판매인
shell-signed-in-as = 로그인 계정: { $name }
shell-sign-out = 로그아웃
shell-signing-out = 로그아웃하는 중…
shell-sign-in = 로그인
shell-language = 언어
footer-operated-china = 이 포털은 Microsoft가 21Vianet에 라이선스를 부여한 기술을 기반으로 합니다. 서비스의 운영, 제공 및 배포 관리는 21Vianet이 담당합니다.
footer-operated-global = 파트너 센터는 Microsoft 클라우드 솔루션 공급자(CSP) 파트너를 위한 비즈니스 포털입니다.

## Landing page (signed out)
landing-title-china = 21Vianet에서 운영하는 파트너 센터에 오신 것을 환영합니다
landing-title-global = 파트너 센터에 오신 것을 환영합니다
landing-intro-china = 중국에서 21Vianet 클라우드 솔루션 공급자(CSP) 서비스를 재판매하는 재판매인을 위한 비즈니스 포털입니다.
landing-intro-global = 클라우드 솔루션 공급자(CSP) 프로그램을 통해 Microsoft 클라우드 서비스를 재판매하는 파트너를 위한 비즈니스 포털입니다.
landing-what-china = 21Vianet은 중국 내 로컬 데이터 센터를 운영하므로 데이터를 중국 내에 유지하면서 21Vianet의 CSP 서비스를 재판매할 수 있습니다. 또한 21Vianet은 청구 서비스와 고객 지원 채널도 제공합니다.
landing-what-global = 고객 추가 및 관리, 구독 판매, 청구 업무, 지원 제공을 한곳에서 모두 처리할 수 있습니다.
landing-tasks-heading = 로그인하면 다음 작업을 할 수 있습니다
landing-task-account = 파트너 센터 계정 관리
landing-task-customers = 고객 계정 및 구독 관리
landing-task-pricing = 제품 및 가격 책정 보기
landing-task-billing = 청구 검토
landing-sign-in-heading = 이미 파트너이신가요?
landing-sign-in-text = 회사 계정으로 로그인하세요.

## Sign in
signin-title = 로그인
signin-intro = 파트너 센터 회사 계정을 사용하세요.
signin-user-name = 회사 계정
signin-user-name-hint-china = 예: someone@contoso.partner.onmschina.cn
signin-user-name-hint-global = 예: someone@contoso.onmicrosoft.com
signin-password = 암호
signin-submit = 로그인
signin-submitting = 로그인하는 중…
signin-error-user-name-required = 회사 계정을 입력하세요
signin-error-user-name-too-long = 회사 계정은 256자 이하여야 합니다
signin-error-password-required = 암호를 입력하세요
signin-error-password-too-long = 암호는 256자 이하여야 합니다
signin-session-expired = 세션이 종료되었습니다. 계속하려면 다시 로그인하세요.

## Error summary and field messages
error-summary-title = 문제가 있습니다
field-error-prefix = 오류:

## Errors from the backend, one per kind of failure
error-offline = 오프라인 상태입니다. 네트워크 연결을 확인한 후 다시 시도하세요.
error-network = 지금은 파트너 센터에 연결할 수 없습니다. 네트워크 연결을 확인한 후 다시 시도하세요.
error-timeout = 파트너 센터의 응답 시간이 초과되었습니다. 다시 시도하세요.
error-server = 서비스에 문제가 발생했습니다. 입력하신 정보는 그대로 남아 있으니 잠시 후 다시 시도하세요.
error-unavailable = 지금은 파트너 센터 사용량이 많습니다. 잠시 후 다시 시도하세요.
error-malformed = 파트너 센터의 응답을 읽을 수 없습니다. 다시 시도하고, 문제가 계속되면 지원 팀에 문의하세요.
error-invalid-credentials = 회사 계정 또는 암호가 올바르지 않습니다. 확인한 후 다시 시도하세요.
error-session-expired = 세션이 종료되었습니다. 계속하려면 다시 로그인하세요.
error-forbidden = 현재 역할로는 이 작업을 수행할 수 없습니다. 조직의 전역 관리자에게 액세스 권한을 요청하세요.
error-not-found = 찾으시는 항목을 찾을 수 없습니다. 삭제되었을 수 있습니다.
error-conflict = 작업하는 동안 다른 사용자가 이 항목을 변경했습니다. 페이지를 다시 로드하여 최신 버전을 확인한 후 변경 내용을 다시 적용하세요.
error-throttled = 요청이 너무 많습니다. 잠시 기다린 후 다시 시도하세요.
error-invalid-input = 일부 정보가 올바르지 않습니다. 강조 표시된 필드를 확인하세요.
error-request-failed = 요청을 완료할 수 없습니다(오류 { $status }). 다시 시도하세요.
error-retry = 다시 시도
loading = 불러오는 중…

## Not found
not-found-title = 페이지를 찾을 수 없습니다
not-found-text = 찾으시는 페이지가 없거나 다른 곳으로 이동되었습니다. 주소를 확인하거나 홈페이지로 돌아가세요.
not-found-home = 홈페이지로 이동


## Roles (the docs' names)
role-global-admin = 전역 관리자
role-billing-admin = 청구 관리자
role-user-management-admin = 사용자 관리 관리자
role-admin-agent = 관리 에이전트
role-sales-agent = 판매 에이전트
role-helpdesk-agent = 기술 지원 에이전트

# Used by the first load (landing, sign-in) though they lead into areas.
signin-cant-access = 계정에 액세스할 수 없나요?
enroll-landing-heading = 파트너 센터를 처음 사용하시나요?
enroll-landing-text = 21Vianet 중국 CSP 리셀러 프로그램에 등록하고 중국에서 클라우드 서비스를 재판매하세요.
enroll-landing-link = 지금 등록
