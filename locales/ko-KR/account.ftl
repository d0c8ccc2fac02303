## 로그인 전의 회사 계정: "계정 만들기"와 "계정에 액세스할 수 없나요?"

## 회사 또는 학교 계정 만들기
account-create-title = 회사 또는 학교 계정 만들기
account-create-intro = 조직의 새 회사 또는 학교 계정을 만드세요. 계정을 만든 분이 전역 관리자가 되며, 이 계정으로 파트너 센터에 로그인하고 등록합니다.
account-domain = 조직 도메인
account-domain-hint = 첫 부분만 입력하세요(예: contoso). 도메인은 { $suffix }(으)로 끝납니다
account-organization-name = 조직 이름
account-country = 국가/지역
account-first-name = 이름
account-last-name = 성
account-user-name = 사용자 이름
account-user-name-hint = 로그인 이름에서 @ 앞부분입니다(예: admin).
account-sign-in-name = 로그인 이름은 { $name }입니다
account-password = 암호
account-password-hint = 8~256자로, 영문 소문자, 영문 대문자, 숫자, 기호 중 세 가지 이상을 포함하세요. 사용자 이름은 포함할 수 없습니다.
account-confirm-password = 암호 확인
account-create-submit = 계정 만들기
account-creating = 계정을 만드는 중…
account-created-notice = 계정 { $name }이(가) 만들어졌지만 아직 로그인되지 않았습니다. 계속하려면 로그인을 선택하세요.
account-have-account = 이미 회사 계정이 있으신가요? 로그인
account-error-user-name = 영문자, 숫자, 하이픈, 밑줄, 아포스트로피를 사용하고 부분 사이에는 점을 하나만 넣으세요. 점으로 시작하거나 끝날 수 없습니다.
account-error-other-cloud = 이 파트너 센터에서는 이 계정을 만들 수 없습니다. 조직 도메인을 확인하세요.
account-error-earlier-attempt = 이전 시도에서 계정이 이미 만들어졌을 수 있습니다. 해당 계정으로 로그인해 보거나, 지금 입력한 정보로 만들려면 계정 만들기를 다시 선택하세요.

## 계정에 액세스할 수 없나요? (셀프 서비스 암호 재설정)
account-recover-title = 계정에 액세스할 수 없나요?
account-recover-account-heading = 회사 계정 입력
account-recover-intro = 암호를 재설정할 수 있도록 회사 계정에 등록된 전화번호와 전자 메일 주소로 코드를 보내 드립니다.
account-continue = 계속
account-sending = 보내는 중…
account-recover-code-heading = 코드 입력
account-recover-code-sent = 계정이 있으면 등록된 전화번호와 전자 메일로 코드를 보냈습니다. 코드는 10분 후에 만료됩니다.
account-recover-for = 회사 계정: { $name }
account-code = 코드
account-code-hint = 6자리 코드입니다(예: 123456).
account-verifying = 확인하는 중…
account-start-again = 다시 시작
account-recover-password-heading = 새 암호 만들기
account-new-password = 새 암호
account-confirm-new-password = 새 암호 확인
account-changing = 암호를 변경하는 중…
account-recover-done-heading = 암호가 변경되었습니다
account-recover-done-text = 회사 계정과 새 암호로 로그인하세요.
account-error-reset-gone = 이 암호 재설정을 계속할 수 없습니다. 다시 시작하여 새 코드를 받으세요.
