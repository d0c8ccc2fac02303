## 파트너가 열 수 없는 페이지와 대신 할 수 있는 작업. 대시보드 메뉴 자체의 레이블은 main.ftl에 있습니다(shell-menu-*).
nav-unavailable-role-title = 현재 역할로는 이 페이지를 사용할 수 없습니다
nav-unavailable-role-text = 조직에서 맡은 역할에는 이 페이지에 대한 액세스 권한이 없습니다. 필요하면 조직의 전역 관리자에게 역할 변경을 요청하세요.
nav-unavailable-cloud-title = 이 클라우드에서는 이 페이지를 사용할 수 없습니다
nav-unavailable-cloud-text-china = 이 페이지는 글로벌 클라우드의 파트너 센터에 속하며, 21Vianet에서 운영하는 파트너 센터에서는 사용할 수 없습니다.
nav-unavailable-cloud-text-global = 이 페이지는 중국 클라우드의 21Vianet에서 운영하는 파트너 센터에 속하며, 파트너 센터에서는 사용할 수 없습니다.
nav-instead-heading = 대신 할 수 있는 작업
nav-instead-overview = 개요로 이동
nav-instead-home = 홈페이지로 이동
nav-instead-enrollment-text = 조직의 등록이 아직 완료되지 않았습니다.
nav-instead-enrollment = 등록 계속하기
nav-instead-ask-admin = 조직의 등록이 아직 완료되지 않았으며, 조직의 전역 관리자만 등록할 수 있습니다. 전역 관리자에게 등록을 완료해 달라고 요청한 다음 다시 로그인하세요.

## 조직이 아직 등록 중이지만 현재 사용자가 여기에서 등록할 수 없을 때
nav-not-enrolled-title = 조직이 아직 등록되지 않았습니다
nav-not-here-text = 회사 계정은 준비되었지만, { $app }를 사용하려면 먼저 조직이 파트너 프로그램에 등록해야 하며 이 포털에서는 아직 등록할 수 없습니다.
nav-not-here-sign-out = 지금 로그아웃해도 됩니다. 회사 계정은 그대로 유지되므로, 이곳에서 등록할 수 있게 되면 다시 로그인하세요.
