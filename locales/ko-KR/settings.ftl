# Account settings (pages/settings): the hub and the names of its pages.
settings-hub-lead = 파트너 프로필을 확인하거나 업데이트하고, 사용자를 관리하고, 카탈로그를 사용자 지정합니다.
settings-legal-title = 파트너 프로필
settings-legal-about = 조직의 법적 이름, 주소 및 기본 연락처입니다.
settings-billing-title = 파트너 청구 프로필
settings-billing-about = 파트너 프로필과 다른 경우의 청구 정보입니다.
settings-organization-title = 조직 프로필
settings-organization-about = 소프트웨어 공급업체에서 직접 구매하는 소프트웨어에 대해 청구되는 계정입니다.
settings-support-title = 지원 프로필
settings-support-about = 고객이 지원을 요청할 때 안내되는 웹 사이트, 전자 메일 및 전화 번호입니다.
settings-mpn-title = MPN 프로필
settings-mpn-about = MPN ID 및 파트너 이름입니다.
settings-users-title = 사용자 관리
settings-users-about = 사용자를 추가하고, 역할을 할당하고, 사용자를 제거합니다.
settings-catalog-title = 카탈로그
settings-catalog-about = 카탈로그 목록 맨 위에 표시할 제품을 최대 5개까지 선택합니다.
